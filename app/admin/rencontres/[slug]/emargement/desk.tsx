"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { useAnnounce } from "@/components/ui/announcer";
import type { ActionState } from "@/lib/actions";
import { searchCheckInRoster, type CheckInPerson } from "@/lib/attendance/check-in-search";
import { plural } from "@/lib/format";
import { fullName } from "@/lib/people/names";
import { CHECK_IN_HEADERS, parseQueue, queueMark, sendQueuedMarks, storedQueue, subscribeToQueue, type PendingMark } from "./queue";

type HalfDayChoice = { key: string; label: string; short: string };
type Needs = { state: "loading" } | { state: "offline" } | { state: "loaded"; needs: { label: string; text: string }[] };

const WALK_IN_PREFIX = "sur-place";

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** The roster with the marks this phone made and has not sent yet applied: a reload never shows them undone. */
function withMarks(roster: CheckInPerson[], marks: PendingMark[]): CheckInPerson[] {
  return marks.reduce((people, mark) => applyMark(people, mark.registrationId, mark.halfDay, mark.present), roster);
}

function applyMark(roster: CheckInPerson[], registrationId: string, halfDay: string, present: boolean): CheckInPerson[] {
  return roster.map((person) => {
    if (person.registrationId !== registrationId) return person;
    const attendance = { ...person.attendance };
    if (present) attendance[halfDay] = true;
    else delete attendance[halfDay];
    return { ...person, attendance };
  });
}

/**
 * The check-in desk on a phone at the door: nothing listed until staff type; a tap or Enter marks the person
 * present for the chosen half-day, at once on the screen, and the mark is queued with its idempotency key and sent
 * (now, or when the connection is back), each exactly once.
 */
export function CheckInDesk({ slug, halfDays, initialHalfDay, roster: initialRoster }: { slug: string; halfDays: HalfDayChoice[]; initialHalfDay: string; roster: CheckInPerson[] }) {
  const announce = useAnnounce();
  /* What the server has recorded, as far as this page knows; the marks still queued are laid over it. */
  const [recorded, setRecorded] = useState(initialRoster);
  const stored = useSyncExternalStore(subscribeToQueue, () => storedQueue(slug), () => "[]");
  const queue = useMemo(() => parseQueue(stored), [stored]);
  const roster = useMemo(() => withMarks(recorded, queue), [recorded, queue]);
  const online = useSyncExternalStore(subscribeToConnection, () => navigator.onLine, () => true);
  const [halfDay, setHalfDay] = useState(initialHalfDay);
  const [query, setQuery] = useState("");
  const [last, setLast] = useState<{ registrationId: string; needs: Needs } | null>(null);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const [walkInState, setWalkInState] = useState<ActionState>({});
  const searchField = useRef<HTMLInputElement>(null);
  const lastHeading = useRef<HTMLHeadingElement>(null);

  const half = halfDays.find((choice) => choice.key === halfDay) ?? halfDays[0]!;
  const presentCount = (key: string) => roster.filter((person) => person.attendance[key]).length;
  const results = searchCheckInRoster(roster, query);
  const lastPerson = last ? roster.find((person) => person.registrationId === last.registrationId) : undefined;

  const marksSent = useRef(0);

  const flush = useCallback(async () => {
    const refusals = await sendQueuedMarks(slug, (mark) => {
      marksSent.current += 1;
      setRecorded((people) => applyMark(people, mark.registrationId, mark.halfDay, mark.present));
    });
    for (const message of refusals) announce.alert(message);
  }, [slug, announce]);

  /* Another phone at the door marks people and registers walk-ins too: what the server recorded is read again. */
  const refresh = useCallback(async () => {
    if (!navigator.onLine || parseQueue(storedQueue(slug)).length > 0) return;
    const sentBefore = marksSent.current;
    try {
      const response = await fetch(`/admin/rencontres/${slug}/emargement/liste`, { headers: CHECK_IN_HEADERS });
      const body = (await response.json()) as { roster?: CheckInPerson[] };
      /* A mark sent meanwhile is newer than this answer: the next refresh brings both. */
      if (body.roster && marksSent.current === sentBefore) setRecorded(body.roster);
    } catch {
      /* Offline again: the page keeps what it knows. */
    }
  }, [slug]);

  useEffect(() => {
    /* Marks queued before a reload are sent at once; then whenever the connection comes back. */
    const back = () => void flush().then(refresh);
    window.addEventListener("online", back);
    /* The `online` event is not always fired (a captive portal, a flaky Wi-Fi): retry every few seconds too. */
    const retry = window.setInterval(back, 5000);
    back();
    return () => {
      window.removeEventListener("online", back);
      window.clearInterval(retry);
    };
  }, [flush, refresh]);

  async function loadNeeds(registrationId: string) {
    if (!navigator.onLine) {
      setLast({ registrationId, needs: { state: "offline" } });
      return;
    }
    setLast({ registrationId, needs: { state: "loading" } });
    try {
      const response = await fetch(`/admin/rencontres/${slug}/emargement/besoins?inscription=${encodeURIComponent(registrationId)}`, { headers: CHECK_IN_HEADERS });
      const body = (await response.json()) as { needs?: { label: string; text: string }[] };
      setLast((current) => (current?.registrationId === registrationId ? { registrationId, needs: body.needs ? { state: "loaded", needs: body.needs } : { state: "offline" } } : current));
    } catch {
      setLast((current) => (current?.registrationId === registrationId ? { registrationId, needs: { state: "offline" } } : current));
    }
  }

  function mark(person: CheckInPerson, present: boolean) {
    queueMark(slug, { idempotencyKey: crypto.randomUUID(), registrationId: person.registrationId, halfDay: half.key, present, markedAt: new Date().toISOString() });
    const next = applyMark(roster, person.registrationId, half.key, present);
    const count = next.filter((someone) => someone.attendance[half.key]).length;
    announce.status(`${fullName(person)} ${present ? "marqué(e) présent(e)" : "n'est plus marqué(e) présent(e)"}, ${half.short}\u00a0: ${plural(count, "présent")} sur ${next.length}.`);
    if (last?.registrationId !== person.registrationId) void loadNeeds(person.registrationId);
    void flush();
  }

  function submitSearch(event: React.FormEvent) {
    event.preventDefault();
    if (results.length === 1) {
      const person = results[0]!;
      if (!person.attendance[half.key]) mark(person, true);
      else {
        announce.status(`${fullName(person)} est déjà marqué(e) présent(e), ${half.short}.`);
        if (last?.registrationId !== person.registrationId) void loadNeeds(person.registrationId);
      }
      setQuery("");
      searchField.current?.focus();
    } else {
      announce.status(results.length === 0 ? `Aucun inscrit confirmé ne correspond à « ${query} ».` : `${plural(results.length, "inscrit")} correspondent à « ${query} » : choisissez dans la liste.`);
    }
  }

  async function submitWalkIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
    if (!navigator.onLine) {
      setWalkInState({ error: "Pas de connexion : une inscription sur place doit être envoyée tout de suite. Réessayez quand la connexion est revenue.", values });
      return;
    }
    try {
      const response = await fetch(`/admin/rencontres/${slug}/emargement/sur-place`, {
        method: "POST",
        headers: { ...CHECK_IN_HEADERS, "Content-Type": "application/json" },
        body: JSON.stringify({ ...values, halfDay: half.key, idempotencyKey: crypto.randomUUID() }),
      });
      const body = (await response.json()) as { person?: CheckInPerson; overCapacity?: boolean; invited?: boolean; error?: { message: string; fields?: Record<string, string> } };
      if (!body.person) {
        setWalkInState({ error: body.error?.message ?? "L'inscription n'a pas été enregistrée : réessayez.", fieldErrors: body.error?.fields, values });
        return;
      }
      const person = body.person;
      setRecorded((people) => [...people, person]);
      setWalkInState({});
      setWalkInOpen(false);
      setLast({ registrationId: person.registrationId, needs: { state: "loaded", needs: [] } });
      const details = [body.overCapacity ? "au-delà de la jauge" : null, body.invited ? "une invitation à créer son compte lui est envoyée" : null].filter(Boolean).join(", ");
      announce.status(`${fullName(person)} est inscrit(e) sur place et marqué(e) présent(e), ${half.short}${details ? ` (${details})` : ""}.`);
      requestAnimationFrame(() => lastHeading.current?.focus());
    } catch {
      setWalkInState({ error: "Pas de connexion : l'inscription n'a pas été enregistrée. Réessayez quand la connexion est revenue.", values });
    }
  }

  return (
    <div className="grid gap-6">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="demi-journee" className="field-label">
            Demi-journée
          </label>
          <select id="demi-journee" className="field-input min-h-12" value={halfDay} onChange={(event) => setHalfDay(event.target.value)}>
            {halfDays.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <section aria-labelledby="titre-comptes">
          <h2 id="titre-comptes" className="field-label">
            Présents
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            {halfDays.map((choice) => (
              <div key={choice.key} className="contents" data-demi-journee={choice.key}>
                <dt>{choice.short}</dt>
                <dd className="font-semibold">{`${presentCount(choice.key)} sur ${roster.length}`}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      <p className={queue.length > 0 || !online ? "rounded border-l-4 border-warn bg-warn-soft p-3 font-semibold text-warn" : "text-muted"}>
        {!online && "Hors connexion : les marquages sont gardés sur ce téléphone. "}
        {queue.length > 0 ? `${plural(queue.length, "marquage")} en attente d'envoi.` : "Tous les marquages sont envoyés."}
      </p>

      <form role="search" aria-label="Inscrits confirmés" onSubmit={submitSearch}>
        <label htmlFor="recherche-emargement" className="field-label">
          Rechercher un inscrit
        </label>
        <span id="recherche-emargement-aide" className="field-hint">
          Nom, prénom, structure, ou code d&apos;inscription (par exemple K7Q-4MP) suivi d&apos;Entrée.
        </span>
        <input
          ref={searchField}
          id="recherche-emargement"
          type="search"
          className="field-input min-h-12 text-lg"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby="recherche-emargement-aide"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </form>

      {query.trim() !== "" && (
        <section aria-labelledby="titre-resultats">
          <h2 id="titre-resultats" className="mb-2 text-xl font-bold">
            {results.length === 0 ? "Aucun inscrit confirmé trouvé" : plural(results.length, "inscrit trouvé", "inscrits trouvés")}
          </h2>
          <ul className="grid gap-2">
            {results.map((person) => (
              <PersonRow key={person.registrationId} person={person} half={half} onMark={mark} />
            ))}
          </ul>
        </section>
      )}

      {lastPerson && last && (
        <section aria-labelledby="titre-dernier" className="card">
          <h2 id="titre-dernier" ref={lastHeading} tabIndex={-1} className="mb-2 text-xl font-bold">
            {`Dernier marquage : ${fullName(lastPerson)}`}
          </h2>
          <NeedsView needs={last.needs} />
          <PersonRow person={lastPerson} half={half} onMark={mark} bare />
        </section>
      )}

      <section aria-labelledby="titre-sur-place">
        <h2 id="titre-sur-place" className="mb-2 text-xl font-bold">
          Personne non inscrite
        </h2>
        <button type="button" className="btn btn-secondary min-h-12" aria-expanded={walkInOpen} aria-controls="formulaire-sur-place" onClick={() => setWalkInOpen((open) => !open)}>
          Inscrire une personne sur place
        </button>
        <div id="formulaire-sur-place" hidden={!walkInOpen} className="mt-3">
          <form onSubmit={submitWalkIn} noValidate>
            <FormMessage state={walkInState} idPrefix={WALK_IN_PREFIX} />
            <Field name="givenName" label="Prénom" required autoComplete="off" state={walkInState} idPrefix={WALK_IN_PREFIX} />
            <Field name="familyName" label="Nom" required autoComplete="off" state={walkInState} idPrefix={WALK_IN_PREFIX} />
            <Field name="email" label="Adresse e-mail" type="email" required autoComplete="off" hint="Un compte existant est repris ; sinon la personne reçoit une invitation à créer le sien." state={walkInState} idPrefix={WALK_IN_PREFIX} />
            <Field name="organisation" label="Structure" autoComplete="off" state={walkInState} idPrefix={WALK_IN_PREFIX} />
            <button type="submit" className="btn min-h-12">
              {`Inscrire et marquer présent(e), ${half.short}`}
            </button>
          </form>
        </div>
      </section>
    </div>
  );
}

function PersonRow({ person, half, onMark, bare = false }: { person: CheckInPerson; half: HalfDayChoice; onMark: (person: CheckInPerson, present: boolean) => void; bare?: boolean }) {
  const present = Boolean(person.attendance[half.key]);
  const name = fullName(person);
  const content = (
    <>
      {!bare && (
        <p>
          <span className="font-bold">{person.familyName.toLocaleUpperCase("fr-FR")}</span> {person.givenName}
          {person.organisation && <span className="block text-muted">{person.organisation}</span>}
        </p>
      )}
      <p className="text-sm">
        {person.code && <span className="mr-2 font-mono">{person.code}</span>}
        {person.walkIn && <span className="mr-2">Inscrit(e) sur place</span>}
        <span className={present ? "font-semibold text-ok" : ""}>{present ? `Présent(e), ${half.short}` : `Pas encore marqué(e), ${half.short}`}</span>
      </p>
      <button type="button" className={`${present ? "btn btn-secondary" : "btn"} mt-2 min-h-12 w-full`} onClick={() => onMark(person, !present)}>
        {present ? `Annuler la présence de ${name}` : `Marquer ${name} présent(e)`}
      </button>
    </>
  );
  return bare ? <div className="mt-2">{content}</div> : <li className="card">{content}</li>;
}

function NeedsView({ needs }: { needs: Needs }) {
  if (needs.state === "loading") return <p className="text-muted">Besoins d&apos;accessibilité : chargement…</p>;
  if (needs.state === "offline") return <p className="text-muted">Besoins d&apos;accessibilité : non disponibles hors connexion.</p>;
  if (needs.needs.length === 0) return <p className="text-muted">Aucun besoin d&apos;accessibilité indiqué.</p>;
  return (
    <dl className="rounded border-l-4 border-warn bg-warn-soft p-3">
      {needs.needs.map((need) => (
        <div key={need.label}>
          <dt className="font-semibold">{need.label}</dt>
          <dd>{need.text}</dd>
        </div>
      ))}
    </dl>
  );
}
