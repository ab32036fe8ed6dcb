import type { Metadata } from "next";
import { db } from "@/db/client";
import { adjustableHalfDays } from "@/lib/attendance/adjustment";
import { attendedRegistrations, meetingAttestations } from "@/lib/attendance/attestations";
import { formatDuration, formatHalfDay } from "@/lib/attendance/half-days";
import { formalName } from "@/lib/people/names";
import { findMeetingHalfDays } from "@/lib/attendance/queries";
import { formatDate, formatDateTime, parisDayStart } from "@/lib/time";
import { staffMeetingPage } from "../meeting";
import { IssueAttestationsForm } from "./attestations-form";
import { HalfDaysForm } from "./half-days-form";
import { attestationPdfHref, attestationsZipHref } from "@/lib/attendance/links";

export const metadata: Metadata = { title: "Présence – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function PresencePage({ params }: PageProps<"/admin/rencontres/[slug]/presence">) {
  const { meeting } = await staffMeetingPage((await params).slug, "/presence");
  const halfDays = adjustableHalfDays(db, meeting.id).map((half) => ({ key: half.key, label: formatHalfDay(half), start: half.start, end: half.end, kept: half.kept }));
  const adjusted = meeting.halfDays !== null;
  const inForce = findMeetingHalfDays(db, meeting.id);
  const days = [...new Set(inForce.map((half) => half.day))];
  const base = `/admin/rencontres/${meeting.slug}/presence`;
  const sheet = `${base}/emargement.pdf`;
  const attended = attendedRegistrations(db, meeting.id, inForce).map(({ registration, person }) => ({ id: registration.id, label: formalName(person) }));
  const register = meetingAttestations(db, meeting.id);
  const ended = meeting.endsAt <= new Date();
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{`Présence à « ${meeting.title} »`}</h1>
      <section aria-labelledby="demi-journees-titre" className="mb-8 max-w-2xl">
        <h2 id="demi-journees-titre" className="mb-2 text-2xl font-bold">
          Demi-journées
        </h2>
        <p className="mb-4 text-muted">
          {adjusted
            ? "Horaires ajustés par l'équipe."
            : "Calculées automatiquement : d'après les horaires du programme, ou sinon les horaires par défaut des paramètres."}{" "}
          La présence est relevée par demi-journée ; les heures attestées sont la somme de leurs durées.
        </p>
        <HalfDaysForm meetingId={meeting.id} slug={meeting.slug} halfDays={halfDays} adjusted={adjusted} />
      </section>
      <section aria-labelledby="emargement-titre" className="mb-8 max-w-2xl">
        <h2 id="emargement-titre" className="mb-2 text-2xl font-bold">
          Feuilles d&apos;émargement
        </h2>
        <p className="mb-4 text-muted">
          PDF à imprimer en noir et blanc : les inscrits confirmés par ordre alphabétique, puis des lignes numérotées pour
          les personnes inscrites sur place (nombre réglé dans les paramètres).
        </p>
        <ul className="grid gap-3">
          {days.map((day) => (
            <li key={day}>
              <p className="font-semibold">{formatDate(parisDayStart(day))}</p>
              <ul className="ml-5 list-disc">
                {inForce
                  .filter((half) => half.day === day)
                  .map((half) => (
                    <li key={half.key}>
                      <a href={`${sheet}?demi-journee=${day}-${half.period}`} download>
                        {`Feuille du ${formatHalfDay(half, { withDate: false })} (PDF)`}
                      </a>
                    </li>
                  ))}
                <li>
                  <a href={`${sheet}?jour=${day}`} download>
                    Feuille de la journée entière, une colonne par demi-journée (PDF)
                  </a>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="attestations-titre" className="mb-8">
        <h2 id="attestations-titre" className="mb-2 text-2xl font-bold">
          Attestations de présence
        </h2>
        {!ended ? (
          <p>Les attestations se délivrent une fois la rencontre terminée, d&apos;après la présence relevée.</p>
        ) : attended.length === 0 ? (
          <p>Aucune présence n&apos;est relevée pour cette rencontre : pas d&apos;attestation à délivrer.</p>
        ) : (
          <div className="mb-6 max-w-2xl">
            <p className="mb-4 text-muted">
              {`Présence relevée pour ${attended.length} ${attended.length > 1 ? "personnes" : "personne"}. Chacune est prévenue par courriel et retrouve son attestation dans Mon espace.`}
            </p>
            <IssueAttestationsForm meetingId={meeting.id} slug={meeting.slug} attended={attended} />
          </div>
        )}
        {register.length > 0 && (
          <>
            <p className="mb-2">
              <a href={attestationsZipHref(meeting.slug)} download>
                {`Télécharger les ${register.length} attestations (ZIP de PDF)`}
              </a>
            </p>
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-semibold">Registre des attestations de cette rencontre</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2">Numéro</th>
                  <th scope="col" className="p-2">Participant</th>
                  <th scope="col" className="p-2">Durée</th>
                  <th scope="col" className="p-2">Délivrée le</th>
                  <th scope="col" className="p-2">PDF</th>
                </tr>
              </thead>
              <tbody>
                {register.map((row) => (
                  <tr key={row.id} className="border-b border-line">
                    <td className="p-2">{row.number}</td>
                    <td className="p-2">{row.participantName}</td>
                    <td className="p-2">{formatDuration(row.attendedMinutes)}</td>
                    <td className="p-2">{formatDateTime(row.issuedAt)}</td>
                    <td className="p-2">
                      <a href={attestationPdfHref(meeting.slug, row.number)} download>
                        {`Attestation n° ${row.number}`}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
