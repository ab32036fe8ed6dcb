import type { meetings } from "@/lib/meetings/schema";
import { DomainError } from "@/lib/errors";
import { formatDateAtTime } from "@/lib/time";

type DeadlineMeeting = Pick<typeof meetings.$inferSelect, "cancellationDeadline">;

/**
 * Why a member may no longer cancel online, or null while they may: the one place this rule lives, for the meeting
 * page, the confirmation page, Mon espace and the API. Online cancellation closes at the meeting's cancellation
 * deadline (that very minute included); without one it stays open until the start. Staff cancelling on someone's
 * behalf, and the deletion of an account, are not bound by it.
 */
export function onlineCancellationRefusal(meeting: DeadlineMeeting, contactEmail: string, now: Date): DomainError | null {
  const deadline = meeting.cancellationDeadline;
  if (deadline === null || deadline.getTime() > now.getTime()) return null;
  return new DomainError(
    "cancellation_closed",
    `L'annulation en ligne était possible jusqu'au ${formatDateAtTime(deadline)}. Pour vous désinscrire, écrivez à l'IREV : ${contactEmail}.`,
  );
}

/** What a live registration says about cancelling: the deadline before it passes, whom to write to after; null without a deadline. */
export function onlineCancellationNotice(meeting: DeadlineMeeting, contactEmail: string, now: Date): { open: boolean; text: string } | null {
  if (meeting.cancellationDeadline === null) return null;
  const refusal = onlineCancellationRefusal(meeting, contactEmail, now);
  return refusal ? { open: false, text: refusal.message } : { open: true, text: `Annulation en ligne jusqu'au ${formatDateAtTime(meeting.cancellationDeadline)}.` };
}

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
