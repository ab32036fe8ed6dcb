import Link from "next/link";
import type { MeetingDetail } from "@/lib/meetings/queries";
import type { User } from "@/lib/people/service";
import { findLiveRegistration } from "@/lib/registrations/queries";
import { registrationRefusal } from "@/lib/registrations/eligibility";
import { closureSentence, registrationState } from "@/lib/registrations/state";
import { formatDateTime } from "@/lib/time";
import { plural } from "@/lib/format";
import { db } from "@/db/client";
import { readSettings } from "@/lib/settings/queries";
import { RegisterForm, RegistrationOutcome } from "./registration-forms";
import { MemberCancellation } from "./member-cancellation";
import { RegistrationCode } from "./registration-code";

function SeatsSummary({ meeting }: { meeting: MeetingDetail }) {
  const { capacity, seatsLeft, counts, waitlistEnabled } = meeting;
  return (
    <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-semibold">Places</dt>
      <dd>
        {capacity === null
          ? "Sans limite de places"
          : seatsLeft === 0
            ? `Complet (${plural(capacity, "place")})`
            : `${plural(seatsLeft ?? 0, "place restante", "places restantes")} sur ${capacity}`}
      </dd>
      {capacity !== null && waitlistEnabled && (
        <>
          <dt className="font-semibold">Liste d&apos;attente</dt>
          <dd>{counts.waitlisted === 0 ? "aucune inscription pour l'instant" : plural(counts.waitlisted, "personne inscrite", "personnes inscrites")}</dd>
        </>
      )}
      {meeting.registrationOpensAt && (
        <>
          <dt className="font-semibold">Ouverture</dt>
          <dd>{formatDateTime(meeting.registrationOpensAt)}</dd>
        </>
      )}
      {meeting.registrationClosesAt && (
        <>
          <dt className="font-semibold">Date limite</dt>
          <dd>{formatDateTime(meeting.registrationClosesAt)}</dd>
        </>
      )}
      {meeting.approvalRequired && (
        <>
          <dt className="font-semibold">Validation</dt>
          <dd>Les demandes sont validées par l&apos;équipe de l&apos;IREV</dd>
        </>
      )}
    </dl>
  );
}

const STATUS_TEXT = {
  confirmed: "Vous êtes inscrit(e) à cette rencontre.",
  pending_approval: "Votre demande d'inscription est en attente de validation par l'équipe de l'IREV.",
} as const;

/** Seats, deadline and my status, with the one action that makes sense now. */
export function RegistrationBox({ meeting, user, now }: { meeting: MeetingDetail; user: User | null; now: Date }) {
  const state = registrationState(meeting, now);
  if (state.code === "past" || state.code === "offline") {
    return (
      <section aria-labelledby="titre-inscription" className="card">
        <h2 id="titre-inscription" className="mb-2 text-xl font-bold">Inscription</h2>
        <p>{closureSentence(meeting, state.code)}</p>
      </section>
    );
  }
  const mine = user ? findLiveRegistration(db, meeting.id, user.id) : undefined;
  const refusal = mine ? null : registrationRefusal(meeting, user?.role ?? null, now);

  return (
    <section id="inscription" aria-labelledby="titre-inscription" className="card scroll-mt-4">
      <h2 id="titre-inscription" className="mb-3 text-xl font-bold">Inscription</h2>
      <SeatsSummary meeting={meeting} />
      <RegistrationOutcome>
        {mine ? (
          <div role="group" aria-label="Mon inscription">
            <p className="rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
              {mine.status === "waitlisted"
                ? `Vous êtes sur la liste d'attente, en position ${mine.waitlistPosition}. Vous serez prévenu(e) par e-mail si une place se libère.`
                : STATUS_TEXT[mine.status as keyof typeof STATUS_TEXT]}
            </p>
            {mine.code && <RegistrationCode code={mine.code} />}
            <MemberCancellation meeting={meeting} waitlisted={mine.status === "waitlisted"} contactEmail={readSettings(db).identity.contactEmail} now={now} />
          </div>
        ) : refusal?.code === "unauthenticated" ? (
          <p>
            <Link href={`/connexion?retour=${encodeURIComponent(`/rencontres/${meeting.slug}`)}`} className="btn">
              Se connecter pour s&apos;inscrire
            </Link>{" "}
            <Link href="/inscription">Créer un compte</Link>
          </p>
        ) : refusal ? (
          <p className="rounded border-l-4 border-warn bg-warn-soft p-3 font-semibold text-warn">{refusal.message}</p>
        ) : state.code === "full" ? (
          <p className="rounded border-l-4 border-warn bg-warn-soft p-3 font-semibold text-warn">
            Cette rencontre est complète et n&apos;a pas de liste d&apos;attente.
          </p>
        ) : (
          <RegisterForm
            meetingId={meeting.id}
            slug={meeting.slug}
            questions={meeting.questions}
            submitLabel={meeting.approvalRequired ? "Demander mon inscription" : state.code === "waitlist" ? "M'inscrire sur la liste d'attente" : "M'inscrire"}
          />
        )}
      </RegistrationOutcome>
    </section>
  );
}
