import { and, asc, desc, eq, exists, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { choiceParam, dayParam, directionParam, listHref, pageParam, singleValues, textParam, type SortDirection } from "@/lib/lists/params";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { containsPattern } from "@/lib/lists/contains";
import { DEPARTMENTS, organisations } from "@/lib/organisations/schema";
import { registrations, type RegistrationStatus } from "@/lib/registrations/schema";
import { themes } from "@/lib/themes/schema";
import { parisDayStart } from "@/lib/time";
import { MEETING_KINDS, MEETING_STATUSES, meetingThemes, meetings } from "./schema";

/** The sortable columns of the staff list: a whitelist, each with the words of the table's caption. */
export const STAFF_MEETING_SORTS = ["date", "titre", "confirmes"] as const;
export type StaffMeetingSort = (typeof STAFF_MEETING_SORTS)[number];
export const STAFF_MEETING_SORT_LABELS: Record<StaffMeetingSort, string> = { date: "date", titre: "titre", confirmes: "nombre de confirmés" };

export const STAFF_MEETING_PERIODS = ["a-venir", "passees"] as const;

const searchSchema = z.object({
  q: textParam,
  statut: choiceParam(MEETING_STATUSES),
  type: choiceParam(MEETING_KINDS),
  periode: choiceParam(STAFF_MEETING_PERIODS),
  du: dayParam,
  au: dayParam,
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  departement: choiceParam(DEPARTMENTS),
  tri: choiceParam(STAFF_MEETING_SORTS),
  ordre: directionParam,
  page: pageParam,
});

/** The filters of /admin/rencontres, as typed in its address and read by its page, its filter form and its query. */
export type StaffMeetingSearch = z.infer<typeof searchSchema>;

export function parseStaffMeetingSearch(raw: Record<string, string | string[] | undefined>): StaffMeetingSearch {
  return searchSchema.parse(singleValues(raw));
}

/** The list's address for these filters; any change other than the page goes back to the first page. */
export function staffMeetingsHref(search: StaffMeetingSearch, change: Partial<StaffMeetingSearch> = {}): string {
  return listHref("/admin/rencontres", search, change);
}

/** The sorting in force: by date, most recent first, unless the address says otherwise. */
export function staffMeetingSort(search: StaffMeetingSearch): { key: StaffMeetingSort; direction: SortDirection } {
  const key = search.tri ?? "date";
  return { key, direction: search.ordre ?? (key === "date" ? "desc" : "asc") };
}

export const STAFF_MEETINGS_PER_PAGE = 25;

function liveCount(status: RegistrationStatus) {
  return sql<number>`(select count(*) from ${registrations} where ${registrations.meetingId} = ${meetings.id} and ${registrations.status} = ${status})`;
}

function conditions(db: Db, search: StaffMeetingSearch, now: Date): SQL[] {
  const where: SQL[] = [];
  if (search.q) where.push(sql`fold_search(${meetings.title}) like ${containsPattern(search.q)} escape '\\'`);
  if (search.statut) where.push(eq(meetings.status, search.statut));
  if (search.type) where.push(eq(meetings.kind, search.type));
  if (search.periode === "a-venir") where.push(gte(meetings.endsAt, now));
  if (search.periode === "passees") where.push(lt(meetings.endsAt, now));
  /* A date range keeps the meetings that take place, even in part, between the two Paris days included. */
  if (search.du) where.push(gte(meetings.endsAt, parisDayStart(search.du)));
  if (search.au) where.push(lt(meetings.startsAt, parisDayStart(search.au, 1)));
  if (search.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(meetingThemes)
      .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
      .where(and(eq(meetingThemes.meetingId, meetings.id), eq(themes.slug, search.theme)));
    where.push(exists(themed));
  }
  if (search.departement) {
    where.push(or(eq(organisations.department, search.departement), sql`substr(${meetings.venuePostcode}, 1, 2) = ${search.departement}`)!);
  }
  return where;
}

/**
 * The staff list of meetings, every status: one read gives the page, its counts of registrations and the total.
 * The actor's role is checked in the database here, where the drafts are read.
 */
export function listMeetingsForStaff(db: Db, actor: Actor, search: StaffMeetingSearch, now: Date = new Date()) {
  assertActorRole(db, actor, "staff");
  const page = search.page ?? 1;
  const sort = staffMeetingSort(search);
  const confirmed = liveCount("confirmed");
  const order = sort.direction === "asc" ? asc : desc;
  const sortColumn = { date: meetings.startsAt, titre: sql`fold_search(${meetings.title})`, confirmes: confirmed }[sort.key];
  const rows = db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      kind: meetings.kind,
      status: meetings.status,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      allDay: meetings.allDay,
      timeKnown: meetings.timeKnown,
      venueCity: meetings.venueCity,
      capacity: meetings.capacity,
      hostName: organisations.name,
      confirmed,
      waitlisted: liveCount("waitlisted"),
      pendingApproval: liveCount("pending_approval"),
      /* The number of matching meetings, carried by every row of the page: page and total in one read. */
      matching: sql<number>`count(*) over ()`,
    })
    .from(meetings)
    .leftJoin(organisations, eq(organisations.id, meetings.hostOrganisationId))
    .where(and(...conditions(db, search, now)))
    .orderBy(order(sortColumn), desc(meetings.startsAt), asc(meetings.id))
    .limit(STAFF_MEETINGS_PER_PAGE)
    .offset((page - 1) * STAFF_MEETINGS_PER_PAGE)
    .all();
  const total = rows[0]?.matching ?? (page > 1 ? countMeetingsForStaff(db, search, now) : 0);
  return { items: rows, total, page, perPage: STAFF_MEETINGS_PER_PAGE };
}

/** The total alone, for a page past the end (its read returns no row to carry it). */
function countMeetingsForStaff(db: Db, search: StaffMeetingSearch, now: Date): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(meetings)
    .leftJoin(organisations, eq(organisations.id, meetings.hostOrganisationId))
    .where(and(...conditions(db, search, now)))
    .get()!.n;
}

export type StaffMeetingRow = ReturnType<typeof listMeetingsForStaff>["items"][number];

/** The dashboard's account of meetings: drafts to finish, and meetings with registrations awaiting approval. */
export function staffMeetingSummary(db: Db, actor: Actor): { drafts: number; withPendingRequests: number } {
  assertActorRole(db, actor, "staff");
  return db
    .select({
      drafts: sql<number>`(select count(*) from ${meetings} where ${meetings.status} = 'draft')`,
      withPendingRequests: sql<number>`(select count(distinct ${registrations.meetingId}) from ${registrations} where ${registrations.status} = 'pending_approval')`,
    })
    .from(sql`(select 1)`)
    .get()!;
}
