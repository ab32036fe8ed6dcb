import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/open";
import { renamedMeetingSlug } from "@/lib/meetings/queries";
import { meetings } from "@/lib/meetings/schema";
import { canSeeMeeting } from "@/lib/meetings/visibility";
import { organisations } from "@/lib/organisations/schema";
import { hasRole } from "@/lib/people/roles";
import { users, type Role } from "@/lib/people/schema";
import { findLiveRegistration } from "./queries";
import { isLiveRegistration, LIVE_REGISTRATION_STATUSES, registrations, type RegistrationStatus } from "./schema";

/**
 * Who reads a meeting's participant list: IREV staff, and members whose own registration on it is live (confirmed,
 * waitlisted or awaiting approval). Visitors, accounts awaiting approval and members not registered do not.
 */
export function canSeeParticipants(role: Role | null | undefined, registration: { status: RegistrationStatus } | null | undefined): boolean {
  if (hasRole(role, "staff")) return true;
  return hasRole(role, "member") && registration != null && (LIVE_REGISTRATION_STATUSES as readonly RegistrationStatus[]).includes(registration.status);
}

export type Participant = { givenName: string; familyName: string; organisation: string | null };

/** The live registrants of a meeting who agreed to appear on its participant list, by family name. */
export function listParticipants(db: Db, meetingId: string): Participant[] {
  return db
    .select({ givenName: users.givenName, familyName: users.familyName, organisation: sql<string | null>`coalesce(${organisations.name}, ${users.organisationOther})` })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(registrations.meetingId, meetingId), isLiveRegistration, isNotNull(registrations.consentAt)))
    .orderBy(asc(users.sortName), asc(registrations.id))
    .all();
}

export type ParticipantsMeeting = typeof meetings.$inferSelect;

/**
 * A meeting's participant list as one reader may have it, the meeting found by its slug or a former one
 * (`redirectTo`); `refused` when the reader may not see the list, `null` when the meeting is not theirs to see.
 */
export function participantListFor(
  db: Db,
  reader: { id: string; role: Role },
  slug: string,
): { meeting: ParticipantsMeeting; participants: Participant[] } | { redirectTo: string } | { refused: true } | null {
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting || !canSeeMeeting(meeting.status, reader.role)) {
    const redirectTo = renamedMeetingSlug(db, slug, reader.role);
    return redirectTo ? { redirectTo } : null;
  }
  if (!canSeeParticipants(reader.role, findLiveRegistration(db, meeting.id, reader.id))) return { refused: true };
  return { meeting, participants: listParticipants(db, meeting.id) };
}
