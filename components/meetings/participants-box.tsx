import { db } from "@/db/client";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { formalName } from "@/lib/people/names";
import type { User } from "@/lib/people/service";
import { canSeeParticipants, listParticipants } from "@/lib/registrations/participants";
import { findLiveRegistration } from "@/lib/registrations/queries";
import { plural } from "@/lib/format";

/**
 * The participant list, part of the reader's own side of the meeting page (computed for the request, never cached):
 * shown to the members registered on the meeting and to staff, with its PDF; nothing for anyone else.
 */
export function ParticipantsBox({ meeting, user }: { meeting: MeetingDetail; user: User | null }) {
  if (!user || !canSeeParticipants(user.role, findLiveRegistration(db, meeting.id, user.id))) return null;
  const participants = listParticipants(db, meeting.id);
  return (
    <section aria-labelledby="titre-participants" className="card">
      <h2 id="titre-participants" className="mb-2 text-lg font-bold">Participants</h2>
      <p className="mb-2 text-sm">
        {participants.length === 0
          ? "Aucune personne inscrite n'a encore accepté de figurer sur la liste des participants."
          : `${plural(participants.length, "personne inscrite a accepté", "personnes inscrites ont accepté")} de figurer sur cette liste, réservée aux participants.`}
      </p>
      {participants.length > 0 && (
        <>
          <ul className="mb-3 grid gap-1 text-sm" aria-label="Liste des participants">
            {participants.map((participant, index) => (
              <li key={index}>
                <span className="font-semibold">{formalName(participant)}</span>
                {participant.organisation && <span className="text-muted"> – {participant.organisation}</span>}
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <a href={`/rencontres/${meeting.slug}/participants.pdf`} download>
              Télécharger la liste des participants (PDF)
            </a>
          </p>
        </>
      )}
    </section>
  );
}
