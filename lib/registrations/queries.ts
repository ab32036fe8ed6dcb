import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { meetings } from "@/lib/meetings/schema";
import { isLiveRegistration, registrations } from "./schema";

export type RegistrationCounts = { confirmed: number; waitlisted: number; pendingApproval: number };

export function registrationCounts(db: Db, meetingIds: string[]): Map<string, RegistrationCounts> {
  const counts = new Map<string, RegistrationCounts>(
    meetingIds.map((id) => [id, { confirmed: 0, waitlisted: 0, pendingApproval: 0 }]),
  );
  if (meetingIds.length === 0) return counts;
  const rows = db
    .select({ meetingId: registrations.meetingId, status: registrations.status, n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(inArray(registrations.meetingId, meetingIds), isLiveRegistration))
    .groupBy(registrations.meetingId, registrations.status)
    .all();
  for (const row of rows) {
    const entry = counts.get(row.meetingId)!;
    if (row.status === "confirmed") entry.confirmed = row.n;
    if (row.status === "waitlisted") entry.waitlisted = row.n;
    if (row.status === "pending_approval") entry.pendingApproval = row.n;
  }
  return counts;
}

export function findLiveRegistration(db: Db, meetingId: string, userId: string) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.userId, userId), ne(registrations.status, "cancelled")))
    .get();
}

/** A user's registrations with the meeting they are for, most recent meeting first. */
export function listUserRegistrations(db: Db, userId: string, { includeCancelled = false } = {}) {
  return db
    .select({
      id: registrations.id,
      code: registrations.code,
      status: registrations.status,
      waitlistPosition: registrations.waitlistPosition,
      answers: registrations.answers,
      consentAt: registrations.consentAt,
      createdAt: registrations.createdAt,
      cancelledAt: registrations.cancelledAt,
      meeting: {
        id: meetings.id,
        slug: meetings.slug,
        title: meetings.title,
        kind: meetings.kind,
        startsAt: meetings.startsAt,
        endsAt: meetings.endsAt,
        allDay: meetings.allDay,
        timeKnown: meetings.timeKnown,
        venueName: meetings.venueName,
        venueCity: meetings.venueCity,
        status: meetings.status,
        updatedAt: meetings.updatedAt,
        summary: meetings.summary,
      },
    })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(and(eq(registrations.userId, userId), includeCancelled ? undefined : ne(registrations.status, "cancelled")))
    .orderBy(desc(meetings.startsAt), asc(registrations.createdAt))
    .all();
}

/** Live registrations of a meeting (confirmed, waitlisted, awaiting approval): those a change of the meeting concerns. */
export function liveRegistrationCount(db: DbOrTx, meetingId: string): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), isLiveRegistration))
    .get()!.n;
}
