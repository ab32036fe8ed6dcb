import Link from "next/link";
import { formatSpan, parisParts } from "@/lib/time";
import { MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import type { listMeetings } from "@/lib/meetings/queries";
import { MeetingBadges } from "./meeting-badges";

type MeetingListItem = ReturnType<typeof listMeetings>["items"][number];

const MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** `now`: when the list was read, so the registration state matches the cached data. */
export function MeetingCard({ meeting, now, headingLevel = 2 }: { meeting: MeetingListItem; now: Date; headingLevel?: 2 | 3 }) {
  const { day, month, year } = parisParts(meeting.startsAt);
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <article className="card flex gap-4">
      <div className="w-20 shrink-0 rounded bg-brand-soft p-2 text-center text-brand-dark" aria-hidden="true">
        <span className="block text-2xl font-bold">{day}</span>
        <span className="block text-sm">{MONTHS[month - 1]}</span>
        <span className="block text-sm">{year}</span>
      </div>
      <div className="min-w-0">
        <p className="text-sm font-semibold text-muted">{MEETING_KIND_LABELS[meeting.kind]}</p>
        <Heading className="text-lg font-bold">
          <Link href={`/rencontres/${meeting.slug}`}>{meeting.title}</Link>
        </Heading>
        <p className="text-sm">
          {formatSpan(meeting)}
          {meeting.venueCity ? ` · ${meeting.venueCity}` : ""}
        </p>
        {meeting.summary && <p className="mt-1 line-clamp-2 text-sm text-muted">{meeting.summary}</p>}
        <MeetingBadges meeting={meeting} now={now} />
      </div>
    </article>
  );
}
