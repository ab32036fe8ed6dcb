import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import type { ReactNode } from "react";
import Link from "next/link";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { AGENDA_KIND_LABELS, MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { formatSpan, formatTime, isDateOnly, parisDateKey } from "@/lib/time";
import { registrationState } from "@/lib/registrations/state";
import { participationLabel } from "@/lib/attendance/reported";
import { renderMarkdown } from "@/lib/publications/markdown";
import { MeetingBadges } from "@/components/meetings/meeting-badges";
import { AttachmentList } from "@/components/documents/attachment-list";
import { MeetingJsonLd } from "@/components/site/json-ld";

type Props = {
  meeting: MeetingDetail;
  now: Date;
  canSeeMembersFiles: boolean;
  registration: ReactNode;
  /** The signed-in reader's favourite button, read for the request (none on the cached page). */
  favourite?: ReactNode;
};

export function meetingMetadata(meeting: MeetingDetail | null): Metadata {
  if (!meeting) return { title: "Rencontre introuvable" };
  return publicPageMetadata({ title: meeting.title, description: meeting.summary, path: `/rencontres/${meeting.slug}`, themes: meeting.themes });
}

/**
 * A meeting's page as everyone sees it, with the reader's own registration box put in by the route: the same for
 * the cached public page and the page of a signed-in reader. `now` is when the meeting was read.
 */
export function MeetingView({ meeting, now, canSeeMembersFiles, registration, favourite }: Props) {
  const venue = [meeting.venueName, meeting.venueRoom && `(${meeting.venueRoom})`].filter(Boolean).join(" ");
  /* On a phone the registration box comes after the programme, thousands of pixels down: a way to it from the top. */
  const takesRegistrations = !["past", "offline", "unpublished"].includes(registrationState(meeting, now).code);
  const participation = participationLabel(meeting, meeting.recordedParticipants, now);
  const address = [meeting.venueAddress, [meeting.venuePostcode, meeting.venueCity].filter(Boolean).join(" ")].filter(Boolean).join(", ");

  return (
    <article>
      <MeetingJsonLd meeting={meeting} />
      <nav aria-label="Fil d'Ariane" className="mb-4 text-sm">
        <ol className="flex flex-wrap gap-2">
          <li><Link href="/">Accueil</Link> <span aria-hidden="true">›</span></li>
          <li><Link href="/rencontres">Rencontres</Link> <span aria-hidden="true">›</span></li>
          <li aria-current="page">{meeting.title}</li>
        </ol>
      </nav>
      <p className="font-semibold text-muted">{MEETING_KIND_LABELS[meeting.kind]}</p>
      <h1 className="mb-2 text-3xl font-bold">{meeting.title}</h1>
      {meeting.status === "draft" && <p className="badge mb-2 bg-warn-soft text-warn">Brouillon (visible par l&apos;équipe seulement)</p>}
      <MeetingBadges meeting={meeting} now={now} />
      {favourite && <div className="mt-3">{favourite}</div>}
      {meeting.status === "cancelled" && (
        <div className="mt-4 rounded border-l-4 border-danger bg-danger-soft p-3">
          <p className="font-bold text-danger">Rencontre annulée</p>
          {meeting.cancellationReason && <p className="mt-1">{meeting.cancellationReason}</p>}
        </div>
      )}
      {takesRegistrations && (
        <p className="mt-4 lg:hidden">
          <a href="#inscription" className="btn">
            Aller à l&apos;inscription
          </a>
        </p>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0">
          <dl className="card mb-6 grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">Date</dt>
            <dd>
              <time dateTime={isDateOnly(meeting) ? parisDateKey(meeting.startsAt) : meeting.startsAt.toISOString()}>
                {formatSpan(meeting)}
              </time>
              {!isDateOnly(meeting) && <span className="text-muted"> (heure de Paris)</span>}
            </dd>
            {(venue || address) && (
              <>
                <dt className="font-semibold">Lieu</dt>
                <dd>
                  {venue && <span className="block">{venue}</span>}
                  {address && <span className="block">{address}</span>}
                </dd>
              </>
            )}
            {meeting.onlineUrl && (
              <>
                <dt className="font-semibold">En ligne</dt>
                <dd><a href={meeting.onlineUrl}>Lien de connexion à la visioconférence</a></dd>
              </>
            )}
            {meeting.host && (
              <>
                <dt className="font-semibold">Accueilli par</dt>
                <dd>{meeting.host.name}</dd>
              </>
            )}
            {meeting.partners.length > 0 && (
              <>
                <dt className="font-semibold">En partenariat avec</dt>
                <dd>{meeting.partners.map((p) => p.name).join(", ")}</dd>
              </>
            )}
            <dt className="font-semibold">Public</dt>
            <dd>{meeting.audience === "members" ? "Réservée aux membres du réseau" : "Ouverte à tous"}</dd>
            {participation && (
              <>
                <dt className="font-semibold">Participation</dt>
                <dd>{participation}</dd>
              </>
            )}
            {meeting.themes.length > 0 && (
              <>
                <dt className="font-semibold">Thématiques</dt>
                <dd>{meeting.themes.map((t) => t.name).join(" · ")}</dd>
              </>
            )}
          </dl>

          {meeting.summary && <p className="mb-4 text-lg">{meeting.summary}</p>}
          {meeting.description && <div className="mb-3 [&_h2]:mt-6 [&_h2]:mb-2 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:text-xl [&_h3]:font-bold [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mb-3 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6" dangerouslySetInnerHTML={{ __html: renderMarkdown(meeting.description) }} />}

          {meeting.agenda.length > 0 && (
            <section aria-labelledby="titre-programme" className="mt-8">
              <h2 id="titre-programme" className="mb-4 text-2xl font-bold">Programme</h2>
              <ol className="grid gap-3">
                {meeting.agenda.map((item) => (
                  <li key={item.id} className="card">
                    <p className="text-sm font-semibold text-muted">
                      {item.startsAt && (
                        <>
                          <time dateTime={item.startsAt.toISOString()}>{formatTime(item.startsAt)}</time>
                          {item.endsAt && <> – <time dateTime={item.endsAt.toISOString()}>{formatTime(item.endsAt)}</time></>}
                          {" · "}
                        </>
                      )}
                      {AGENDA_KIND_LABELS[item.kind]}
                    </p>
                    <h3 className="text-lg font-bold">{item.title}</h3>
                    {item.description && <p className="mt-1">{item.description}</p>}
                    {item.speakers.length > 0 && (
                      <ul className="mt-2 text-sm" aria-label="Intervenants">
                        {item.speakers.map((s) => (
                          <li key={s.id}>
                            <strong>{s.name}</strong>
                            {[s.function, s.organisationName].filter(Boolean).length > 0 && `, ${[s.function, s.organisationName].filter(Boolean).join(", ")}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}

          {meeting.documents.length > 0 && (
            <section aria-labelledby="titre-fichiers" className="mt-8">
              <h2 id="titre-fichiers" className="mb-4 text-2xl font-bold">Fichiers joints</h2>
              <AttachmentList items={meeting.documents} canSeeMembersFiles={canSeeMembersFiles} />
            </section>
          )}

          {meeting.report && (
            <section aria-labelledby="titre-compte-rendu" className="mt-8">
              <h2 id="titre-compte-rendu" className="mb-2 text-2xl font-bold">Compte rendu</h2>
              <p>
                <Link href={`/ressources/${meeting.report.slug}`}>{meeting.report.title}</Link>
              </p>
            </section>
          )}
        </div>

        <aside className="grid content-start gap-4" aria-label="Inscription et agenda">
          {registration}
          <section aria-labelledby="titre-agenda" className="card">
            <h2 id="titre-agenda" className="mb-2 text-lg font-bold">Ajouter à mon agenda</h2>
            <p className="text-sm">
              <a href={`/rencontres/${meeting.slug}/calendrier.ics`} download>
                Télécharger l&apos;événement (fichier .ics)
              </a>
            </p>
          </section>
        </aside>
      </div>
    </article>
  );
}
