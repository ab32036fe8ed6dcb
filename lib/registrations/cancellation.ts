/** What a cancellation did, as the person is told it: in the form's message, or on the page a form without scripts leads to. */
export type CancellationOutcome = { wasWaitlisted: boolean; seatGiven: boolean };

export function cancellationMessage({ wasWaitlisted, seatGiven }: CancellationOutcome): string {
  const done = wasWaitlisted ? "Vous avez quitté la liste d'attente." : "Votre inscription est annulée.";
  const next = seatGiven ? " Votre place a été attribuée à la première personne de la liste d'attente." : "";
  return `${done}${next} Un e-mail vous le confirme.`;
}

export function cancellationQuery({ wasWaitlisted, seatGiven }: CancellationOutcome): string {
  return new URLSearchParams({ annulation: wasWaitlisted ? "attente" : "inscription", ...(seatGiven ? { place: "attribuee" } : {}) }).toString();
}

/** The outcome in the page's query, or null when the page was not reached by a cancellation. */
export function cancellationFromQuery(query: Record<string, string | string[] | undefined>): CancellationOutcome | null {
  if (query.annulation !== "attente" && query.annulation !== "inscription") return null;
  return { wasWaitlisted: query.annulation === "attente", seatGiven: query.place === "attribuee" };
}
