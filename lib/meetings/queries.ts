import { and, asc, desc, eq, exists, gt, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/open";
import type { Role } from "@/lib/people/schema";
import { organisations } from "@/lib/organisations/schema";
import { themes } from "@/lib/themes/schema";
import { listAttachments } from "@/lib/documents/queries";
import { reports } from "@/lib/publications/schema";
import { registrationCounts } from "@/lib/registrations/queries";
import { seatsLeft } from "@/lib/registrations/eligibility";
import { hasRole } from "@/lib/people/roles";
import { attendanceCounts } from "@/lib/attendance/queries";
import { listProgramme } from "./programme";
import { meetingPartners, meetingSlugRedirects, meetingThemes, meetings, type MeetingKind } from "./schema";
import { canSeeMeeting, PUBLIC_MEETING_STATUSES } from "./visibility";

export type MeetingFilters = {
  kind?: MeetingKind;
  theme?: string;
  department?: string;
  /** "upcoming" (default), "past", or a year of the archives. */
  when?: "upcoming" | "past" | number;
  page?: number;
  perPage?: number;
};

function filterConditions(db: Db, filters: MeetingFilters, role: Role | null, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (!hasRole(role, "staff")) conditions.push(inArray(meetings.status, PUBLIC_MEETING_STATUSES));
  if (filters.kind) conditions.push(eq(meetings.kind, filters.kind));
  if (filters.department) conditions.push(sql`substr(${meetings.venuePostcode}, 1, 2) = ${filters.department}`);
  if (filters.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(meetingThemes)
      .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
      .where(and(eq(meetingThemes.meetingId, meetings.id), eq(themes.slug, filters.theme)));
    conditions.push(exists(themed));
  }
  const when = filters.when ?? "upcoming";
  if (when === "upcoming") conditions.push(gte(meetings.endsAt, now));
  else if (when === "past") conditions.push(lt(meetings.endsAt, now));
  else conditions.push(sql`strftime('%Y', ${meetings.startsAt} / 1000, 'unixepoch') = ${String(when)}`, lt(meetings.endsAt, now));
  return conditions;
}

const listColumns = {
  id: meetings.id,
  slug: meetings.slug,
  kind: meetings.kind,
  title: meetings.title,
  summary: meetings.summary,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  allDay: meetings.allDay,
  timeKnown: meetings.timeKnown,
  venueName: meetings.venueName,
  venueCity: meetings.venueCity,
  venuePostcode: meetings.venuePostcode,
  audience: meetings.audience,
  status: meetings.status,
  capacity: meetings.capacity,
  waitlistEnabled: meetings.waitlistEnabled,
  registrationEnabled: meetings.registrationEnabled,
  registrationOpensAt: meetings.registrationOpensAt,
  registrationClosesAt: meetings.registrationClosesAt,
  approvalRequired: meetings.approvalRequired,
  reportedAttendanceLabel: meetings.reportedAttendanceLabel,
  updatedAt: meetings.updatedAt,
};

/** Meetings for the agenda, API and feeds: upcoming soonest first, past most recent first. */
export function listMeetings(db: Db, filters: MeetingFilters, role: Role | null, now = new Date()) {
  const perPage = Math.min(filters.perPage ?? 20, 100);
  const page = Math.max(filters.page ?? 1, 1);
  const where = and(...filterConditions(db, filters, role, now));
  const upcoming = (filters.when ?? "upcoming") === "upcoming";
  const rows = db
    .select(listColumns)
    .from(meetings)
    .where(where)
    .orderBy(upcoming ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(meetings).where(where).get()!.n;
  const counts = registrationCounts(db, rows.map((r) => r.id));
  const themesByMeeting = meetingThemeMap(db, rows.map((r) => r.id));
  return {
    total,
    page,
    perPage,
    items: rows.map((row) => {
      const c = counts.get(row.id)!;
      return { ...row, themes: themesByMeeting.get(row.id) ?? [], counts: c, seatsLeft: seatsLeft(row.capacity, c.confirmed) };
    }),
  };
}

/** Years that have past meetings, for the archives. */
export function archiveYears(db: Db, role: Role | null, now = new Date()): number[] {
  return db
    .selectDistinct({ year: sql<string>`strftime('%Y', ${meetings.startsAt} / 1000, 'unixepoch')` })
    .from(meetings)
    .where(and(lt(meetings.endsAt, now), hasRole(role, "staff") ? undefined : inArray(meetings.status, PUBLIC_MEETING_STATUSES)))
    .orderBy(desc(sql`1`))
    .all()
    .map((r) => Number(r.year));
}

function meetingThemeMap(db: Db, meetingIds: string[]) {
  const map = new Map<string, { slug: string; name: string }[]>();
  if (meetingIds.length === 0) return map;
  const rows = db
    .select({ meetingId: meetingThemes.meetingId, slug: themes.slug, name: themes.name })
    .from(meetingThemes)
    .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
    .where(inArray(meetingThemes.meetingId, meetingIds))
    .orderBy(asc(themes.position))
    .all();
  for (const row of rows) map.set(row.meetingId, [...(map.get(row.meetingId) ?? []), { slug: row.slug, name: row.name }]);
  return map;
}

/** Everything a meeting page shows, or null when the meeting does not exist or is not visible to this role. */
export function getMeetingBySlug(db: Db, slug: string, role: Role | null) {
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting || !canSeeMeeting(meeting.status, role)) return null;

  const host = meeting.hostOrganisationId
    ? (db.select().from(organisations).where(eq(organisations.id, meeting.hostOrganisationId)).get() ?? null)
    : null;
  const partners = db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
    .from(meetingPartners)
    .innerJoin(organisations, eq(organisations.id, meetingPartners.organisationId))
    .where(eq(meetingPartners.meetingId, meeting.id))
    .orderBy(asc(organisations.name))
    .all();
  const files = listAttachments(db, { meetingId: meeting.id });
  const report =
    db
      .select({ slug: reports.slug, title: reports.title, kind: reports.kind, visibility: reports.visibility })
      .from(reports)
      .where(and(eq(reports.meetingId, meeting.id), eq(reports.status, "published")))
      .orderBy(desc(reports.publishedAt))
      .get() ?? null;
  const counts = registrationCounts(db, [meeting.id]).get(meeting.id)!;
  return {
    ...meeting,
    host,
    partners,
    themes: meetingThemeMap(db, [meeting.id]).get(meeting.id) ?? [],
    agenda: listProgramme(db, meeting.id),
    documents: files,
    report,
    counts,
    seatsLeft: seatsLeft(meeting.capacity, counts.confirmed),
    /** People recorded present at least one half-day (marks at the door or from the sheet). */
    recordedParticipants: attendanceCounts(db, meeting.id).people,
  };
}

export type MeetingDetail = NonNullable<ReturnType<typeof getMeetingBySlug>>;

/** The current slug of the meeting a former slug named (its title changed while a draft), if this role may see it. */
export function renamedMeetingSlug(db: Db, formerSlug: string, role: Role | null): string | null {
  const meeting = db
    .select({ slug: meetings.slug, status: meetings.status })
    .from(meetingSlugRedirects)
    .innerJoin(meetings, eq(meetings.id, meetingSlugRedirects.meetingId))
    .where(eq(meetingSlugRedirects.slug, formerSlug))
    .get();
  return meeting && canSeeMeeting(meeting.status, role) ? meeting.slug : null;
}

/*
 * The instants at which a meeting changes by itself: registration opens or closes, online cancellation closes (what
 * a registered member's box says), the meeting starts or ends.
 */
const DEADLINE_COLUMNS = [meetings.registrationOpensAt, meetings.registrationClosesAt, meetings.cancellationDeadline, meetings.startsAt, meetings.endsAt];

/** The next of those instants after `now`, for one meeting or for all of them (any list may change then). */
export function nextMeetingDeadline(db: Db, now: Date, meetingId?: string): Date | null {
  const candidates = DEADLINE_COLUMNS.map((column) =>
    db
      .select({ at: sql<number | null>`min(${column})` })
      .from(meetings)
      .where(and(gt(column, now), meetingId === undefined ? undefined : eq(meetings.id, meetingId)))
      .get(),
  )
    .map((row) => row?.at)
    .filter((at): at is number => typeof at === "number");
  return candidates.length === 0 ? null : new Date(Math.min(...candidates));
}

/** Meetings with one of those instants in (after, until]: what the deadline watch expires when the time comes. */
export function meetingsWithDeadlineBetween(db: Db, after: Date, until: Date): string[] {
  const inWindow = DEADLINE_COLUMNS.map((column) => and(gt(column, after), lte(column, until)));
  return db
    .select({ id: meetings.id })
    .from(meetings)
    .where(or(...inWindow))
    .all()
    .map((row) => row.id);
}

export function listThemes(db: Db) {
  return db.select().from(themes).orderBy(asc(themes.position), asc(themes.name)).all();
}
