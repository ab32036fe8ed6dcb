import type { Metadata } from "next";
import { db } from "@/db/client";
import { adjustableHalfDays } from "@/lib/attendance/adjustment";
import { formatHalfDay } from "@/lib/attendance/half-days";
import { findMeetingHalfDays } from "@/lib/attendance/queries";
import { formatDate, parisDayStart } from "@/lib/time";
import { staffMeetingPage } from "../meeting";
import { HalfDaysForm } from "./half-days-form";

export const metadata: Metadata = { title: "Présence – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function PresencePage({ params }: PageProps<"/admin/rencontres/[slug]/presence">) {
  const { meeting } = await staffMeetingPage((await params).slug, "/presence");
  const halfDays = adjustableHalfDays(db, meeting.id).map((half) => ({ key: half.key, label: formatHalfDay(half), start: half.start, end: half.end, kept: half.kept }));
  const adjusted = meeting.halfDays !== null;
  const inForce = findMeetingHalfDays(db, meeting.id);
  const days = [...new Set(inForce.map((half) => half.day))];
  const sheet = `/admin/rencontres/${meeting.slug}/presence/emargement.pdf`;
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
    </div>
  );
}
