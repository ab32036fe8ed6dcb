import { and, eq, ne, sql } from "drizzle-orm";
import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { DbOrTx } from "@/db/open";
import type { CalendarMethod } from "@/lib/mail/schema";
import { registrations } from "@/lib/registrations/schema";
import { readSettings } from "@/lib/settings/queries";
import { addMeetingEvent, parisCalendar, type CalendarMeeting } from "./ics";

/** The calendar part of an e-mail (OutgoingEmail.calendar). */
export type Invitation = { method: CalendarMethod; content: string };

type Party = { name: string; email: string };

/**
 * The SEQUENCE of the invitation or cancellation sent to one person. Mail clients apply a message only when its
 * SEQUENCE is above the one they hold, so every message a person receives about a meeting must carry a higher one
 * than the last:
 * - the meeting's own sequence rises on every change of time or place and on its cancellation by IREV;
 * - each earlier cancelled registration of the person adds 2, and the CANCEL sent when they cancel adds 1, so
 *   invitation (s + 2c) < their cancellation (s + 2c + 1) < the invitation of their next registration
 *   (s' + 2(c + 1), with s' ≥ s).
 */
export function invitationSequence({
  meetingSequence,
  earlierCancellations,
  cancelsOwnRegistration,
}: {
  meetingSequence: number;
  earlierCancellations: number;
  cancelsOwnRegistration: boolean;
}): number {
  return meetingSequence + 2 * earlierCancellations + (cancelsOwnRegistration ? 1 : 0);
}

/**
 * An iTIP (RFC 5546) message about one meeting for one registrant: REQUEST adds or moves the event in their
 * calendar, CANCEL removes it. The event is the one of the public feeds (same UID, times, place), sent by IREV as
 * organizer, with the registrant as an attendee who already accepted and is asked for no reply (the sender
 * address takes none).
 */
export function invitationIcs(
  meeting: CalendarMeeting,
  { method, sequence, organizer, attendee, stamp }: { method: CalendarMethod; sequence: number; organizer: Party; attendee: Party; stamp: Date },
): string {
  const calendar = parisCalendar({ method: ICalCalendarMethod[method] });
  addMeetingEvent(calendar, meeting, {
    sequence,
    stamp,
    organizer: { name: organizer.name, email: organizer.email },
    attendees: [
      {
        name: attendee.name,
        email: attendee.email,
        rsvp: false,
        role: ICalAttendeeRole.REQ,
        /* A cancellation removes the event whatever the answer was: no participation status to state. */
        status: method === "REQUEST" ? ICalAttendeeStatus.ACCEPTED : null,
      },
    ],
    ...(method === "CANCEL" ? { status: ICalEventStatus.CANCELLED } : {}),
  });
  return calendar.toString();
}

/** How many registrations of this person to this meeting were cancelled before this one. */
function earlierCancellations(db: DbOrTx, registration: { id: string; meetingId: string; userId: string }): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, registration.meetingId),
        eq(registrations.userId, registration.userId),
        eq(registrations.status, "cancelled"),
        ne(registrations.id, registration.id),
      ),
    )
    .get()!.n;
}

/**
 * The calendar part for a registrant, read inside the transaction that sends it: REQUEST for a seat given or an
 * update, CANCEL for the meeting cancelled by IREV or, with `cancelsOwnRegistration`, for the person's own cancellation.
 */
export function registrantInvitation(
  db: DbOrTx,
  {
    meeting,
    registration,
    attendee,
    method,
    cancelsOwnRegistration = false,
    now = new Date(),
  }: {
    meeting: CalendarMeeting;
    registration: { id: string; meetingId: string; userId: string };
    attendee: Party;
    method: CalendarMethod;
    cancelsOwnRegistration?: boolean;
    now?: Date;
  },
): Invitation {
  const { senderName, senderAddress } = readSettings(db).mail;
  const sequence = invitationSequence({
    meetingSequence: meeting.sequence,
    earlierCancellations: earlierCancellations(db, registration),
    cancelsOwnRegistration,
  });
  return {
    method,
    content: invitationIcs(meeting, { method, sequence, organizer: { name: senderName, email: senderAddress }, attendee, stamp: now }),
  };
}
