import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "@/db/open";
import { meetings } from "@/lib/meetings/schema";
import { PUBLIC_MEETING_STATUSES } from "@/lib/meetings/visibility";
import { users } from "@/lib/people/schema";
import { isLiveRegistration, registrations } from "@/lib/registrations/schema";
import type { CalendarMeeting } from "./ics";

const calendarColumns = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  summary: meetings.summary,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  allDay: meetings.allDay,
  timeKnown: meetings.timeKnown,
  status: meetings.status,
  venueName: meetings.venueName,
  venueRoom: meetings.venueRoom,
  venueAddress: meetings.venueAddress,
  venuePostcode: meetings.venuePostcode,
  venueCity: meetings.venueCity,
  sequence: meetings.sequence,
  updatedAt: meetings.updatedAt,
};

/** How far back the public feed goes, so subscribers keep recent meetings without the whole archive. */
const PUBLIC_FEED_MONTHS_BACK = 12;

/** Published and cancelled meetings that ended in the last 12 months or are still to come, soonest first. */
export function publicFeedMeetings(db: Db, now: Date = new Date()): CalendarMeeting[] {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - PUBLIC_FEED_MONTHS_BACK);
  return db
    .select(calendarColumns)
    .from(meetings)
    .where(and(inArray(meetings.status, PUBLIC_MEETING_STATUSES), gte(meetings.endsAt, since)))
    .orderBy(asc(meetings.startsAt))
    .all();
}

/**
 * The meetings of the live registrations of the active user owning this calendar token,
 * or null when no active user has it (the feed URL is the only credential).
 */
export function personalFeedMeetings(db: Db, token: string): CalendarMeeting[] | null {
  if (!token) return null;
  const user = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.calendarToken, token), eq(users.status, "active")))
    .get();
  if (!user) return null;
  return db
    .select({ ...calendarColumns, registrationStatus: registrations.status })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(
      and(
        eq(registrations.userId, user.id),
        isLiveRegistration,
        // A meeting sent back to draft is hidden from everyone but staff, here too.
        inArray(meetings.status, PUBLIC_MEETING_STATUSES),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .all();
}
