import type { Metadata } from "next";
import { db } from "@/db/client";
import { AGENDA_KIND_LABELS } from "@/lib/meetings/labels";
import { listProgramme, meetingDays } from "@/lib/meetings/programme";
import { formatDate, parisDateKey, parisInstant, parisParts } from "@/lib/time";
import { staffMeetingPage } from "../meeting";
import { ProgrammeBuilder } from "./builder";

export const metadata: Metadata = { title: "Programme de la rencontre" };

export default async function ProgrammePage({ params }: PageProps<"/admin/rencontres/[slug]/programme">) {
  const { slug } = await params;
  const { meeting } = await staffMeetingPage(slug, "/programme");
  const days = meetingDays(meeting).map((day) => {
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    return { value: day, label: formatDate(parisInstant(year, month, date, 12)) };
  });
  const items = listProgramme(db, meeting.id).map((item) => ({
    id: item.id,
    kind: item.kind,
    kindLabel: AGENDA_KIND_LABELS[item.kind],
    title: item.title,
    description: item.description,
    day: item.startsAt ? parisDateKey(item.startsAt) : days[0]!.value,
    start: item.startsAt ? hourMinute(item.startsAt) : "",
    end: item.endsAt ? hourMinute(item.endsAt) : "",
    speakers: item.speakers.map((s) => ({ name: s.name, function: s.function ?? "", organisationName: s.organisationName ?? "" })),
  }));
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{`Programme de « ${meeting.title} »`}</h1>
      <p className="mb-6 text-muted">
        Les séquences s&apos;affichent dans cet ordre sur la page de la rencontre. Des ateliers en parallèle peuvent
        partager le même créneau.
      </p>
      <ProgrammeBuilder meetingId={meeting.id} slug={meeting.slug} days={days} items={items} />
    </div>
  );
}

/** "09:30": the Paris time as a time field holds it. */
function hourMinute(instant: Date): string {
  const { hour, minute } = parisParts(instant);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
