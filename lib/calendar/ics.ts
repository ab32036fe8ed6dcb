import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalEventStatus, escape } from "ical-generator";
import { TIME_ZONE, isDateOnly } from "@/lib/time";
import type { MeetingStatus } from "@/lib/meetings/schema";
import { meetingPageUrl, meetingPlace } from "@/lib/meetings/place";
import type { RegistrationStatus } from "@/lib/registrations/schema";

/** What a calendar event needs from a meeting (and, in the personal feed, from the member's registration). */
export type CalendarMeeting = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeKnown: boolean;
  status: MeetingStatus;
  venueName: string | null;
  venueRoom: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
  updatedAt: Date;
  registrationStatus?: RegistrationStatus;
};

/** Registrations that do not give a seat yet: the event is shown as tentative, with a word of explanation. */
const TENTATIVE_NOTES: Partial<Record<RegistrationStatus, string>> = {
  waitlisted: "Vous êtes sur la liste d'attente de cette rencontre.",
  pending_approval: "Votre inscription attend la validation de l'équipe IREV.",
};

/** Hint for subscribed clients (Apple, Outlook) to refresh the feed hourly rather than weekly. */
const REFRESH_SECONDS = 3600;

function eventStatus(m: CalendarMeeting): ICalEventStatus {
  if (m.status === "cancelled") return ICalEventStatus.CANCELLED;
  if (m.registrationStatus && TENTATIVE_NOTES[m.registrationStatus]) return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** An iCalendar (RFC 5545) file of these meetings, in Europe/Paris time. */
export function meetingsToIcs(meetings: CalendarMeeting[], options: { name: string; description?: string }): string {
  const calendar = new ICalCalendar({
    prodId: "//IREV//irev-reseau//FR",
    // ical-generator writes the calendar name and description unescaped.
    name: escape(options.name, false),
    description: options.description ? escape(options.description, false) : null,
    ttl: REFRESH_SECONDS,
  });
  // The zone is set on each event, not as the calendar's name: with a calendar zone, ical-generator would write
  // DTSTAMP and LAST-MODIFIED as Paris wall time without "Z", where RFC 5545 requires UTC. The generator still
  // emits the VTIMEZONE of every zone the events use.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.x("X-WR-TIMEZONE", TIME_ZONE);

  for (const m of meetings) {
    const url = meetingPageUrl(m.slug);
    const note = m.registrationStatus ? TENTATIVE_NOTES[m.registrationStatus] : undefined;
    calendar.createEvent({
      id: `meeting-${m.id}@irev-reseau`,
      // TZDate makes ical-generator read wall-clock fields in Paris; a plain Date would use the server's zone.
      // Date-only meetings (all-day, or time not known) then come out as the Paris dates of their midnights
      // (the end date stays exclusive).
      start: new TZDate(m.startsAt.getTime(), TIME_ZONE),
      end: new TZDate(m.endsAt.getTime(), TIME_ZONE),
      allDay: isDateOnly(m),
      timezone: TIME_ZONE,
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
      summary: m.status === "cancelled" ? `Annulée – ${m.title}` : m.title,
      description: [note, m.summary, url].filter(Boolean).join("\n\n"),
      location: meetingPlace(m) || null,
      url,
      status: eventStatus(m),
    });
  }
  return calendar.toString();
}

/** An .ics answer: `inline` for feeds that calendar apps subscribe to, `attachment` for a file to import. */
export function icsResponse(
  body: string,
  { filename, disposition, cache }: { filename: string; disposition: "inline" | "attachment"; cache: "public" | "private" },
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${filename}"`,
      "Cache-Control": cache === "public" ? "public, max-age=300" : "private, max-age=0",
    },
  });
}
