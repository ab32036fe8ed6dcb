import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { meetings } from "@/lib/meetings/schema";
import { organisations } from "@/lib/organisations/schema";
import { foldForSearch } from "@/lib/people/names";
import { users } from "@/lib/people/schema";
import { isLiveRegistration, REGISTRATION_STATUSES, registrations, type RegistrationStatus } from "./schema";
import { seatsLeft } from "./eligibility";
import type { RegistrantSearch } from "./registrant-search";

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

/** The person's live registration on the meeting (confirmed, waitlisted or awaiting approval), if any. */
export function findLiveRegistration(db: Db, meetingId: string, userId: string) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.userId, userId), isLiveRegistration))
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
      staffNote: registrations.staffNote,
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
        cancellationDeadline: meetings.cancellationDeadline,
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

/** Registrations of one meeting by status, all five, with the seats left (null: no capacity). */
export function registrantCounts(db: Db, meeting: Pick<typeof meetings.$inferSelect, "id" | "capacity">) {
  const counts = Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, 0])) as Record<RegistrationStatus, number>;
  const rows = db
    .select({ status: registrations.status, n: sql<number>`count(*)` })
    .from(registrations)
    .where(eq(registrations.meetingId, meeting.id))
    .groupBy(registrations.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return { ...counts, seatsLeft: seatsLeft(meeting.capacity, counts.confirmed) };
}

const SORT_ORDERS = {
  nom: [users.sortName],
  structure: [organisations.name, users.sortName],
  date: [registrations.createdAt],
} as const;

/**
 * The registrants of a meeting as staff filter and sort them: status, organisation, department in SQL; the search
 * on name, e-mail or organisation accent-insensitively (names through users.sortName, organisations folded here).
 * A meeting's list is read whole, never paged: what the page shows is what is exported.
 */
export function listRegistrants(db: Db, meetingId: string, search: RegistrantSearch) {
  const direction = search.ordre === "desc" ? desc : asc;
  const rows = db
    .select({
      id: registrations.id,
      userId: users.id,
      givenName: users.givenName,
      familyName: users.familyName,
      email: users.email,
      organisation: sql<string | null>`coalesce(${organisations.name}, ${users.organisationOther})`,
      department: organisations.department,
      status: registrations.status,
      code: registrations.code,
      waitlistPosition: registrations.waitlistPosition,
      answers: registrations.answers,
      consentAt: registrations.consentAt,
      overCapacity: registrations.overCapacity,
      staffNote: registrations.staffNote,
      createdAt: registrations.createdAt,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        search.statut ? eq(registrations.status, search.statut) : undefined,
        search.structure ? eq(organisations.name, search.structure) : undefined,
        search.departement ? eq(organisations.department, search.departement) : undefined,
      ),
    )
    .orderBy(...SORT_ORDERS[search.tri ?? "nom"].map((column) => direction(column)), asc(registrations.id))
    .all();
  if (!search.q) return rows;
  const needle = foldForSearch(search.q);
  return rows.filter((row) =>
    [row.familyName, row.givenName, `${row.givenName} ${row.familyName}`, row.email, row.organisation ?? ""].some((text) => foldForSearch(text).includes(needle)),
  );
}

export type Registrant = ReturnType<typeof listRegistrants>[number];

/** The organisations of a meeting's registrants, for the filter. */
export function registrantOrganisations(db: Db, meetingId: string): string[] {
  return db
    .selectDistinct({ name: organisations.name })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(registrations.meetingId, meetingId))
    .orderBy(asc(organisations.name))
    .all()
    .map((row) => row.name);
}

/** "Jean Dupont", the person of a registration, for the messages of staff actions. */
export function registrantName(db: Db, registrationId: string): string | null {
  return (
    db
      .select({ name: users.name })
      .from(registrations)
      .innerJoin(users, eq(users.id, registrations.userId))
      .where(eq(registrations.id, registrationId))
      .get()?.name ?? null
  );
}
