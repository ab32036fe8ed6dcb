import { and, asc, desc, eq, exists, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { choiceParam, directionParam, listHref, pageParam, singleValues, textParam, type SortDirection } from "@/lib/lists/params";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { foldForSearch } from "@/lib/people/names";
import { themes } from "@/lib/themes/schema";
import { parisDayStart, parisParts } from "@/lib/time";
import { REPORT_KINDS, REPORT_STATUSES, reportRevisions, reportThemes, reports } from "./schema";

/** The sortable columns of the staff list of reports, with the words of the table's caption. */
export const STAFF_REPORT_SORTS = ["date", "titre"] as const;
export type StaffReportSort = (typeof STAFF_REPORT_SORTS)[number];
export const STAFF_REPORT_SORT_LABELS: Record<StaffReportSort, string> = { date: "date", titre: "titre" };

/** The status filter: a report's own status, or "a published report with a next version in progress". */
export const STAFF_REPORT_STATUS_FILTERS = [...REPORT_STATUSES, "nouvelle-version"] as const;

const searchSchema = z.object({
  q: textParam,
  statut: choiceParam(STAFF_REPORT_STATUS_FILTERS),
  type: choiceParam(REPORT_KINDS),
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  annee: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
  tri: choiceParam(STAFF_REPORT_SORTS),
  ordre: directionParam,
  page: pageParam,
});

/** The filters of /admin/ressources, as typed in its address and read by its page and its query. */
export type StaffReportSearch = z.infer<typeof searchSchema>;

export function parseStaffReportSearch(raw: Record<string, string | string[] | undefined>): StaffReportSearch {
  return searchSchema.parse(singleValues(raw));
}

export function staffReportsHref(search: StaffReportSearch, change: Partial<StaffReportSearch> = {}): string {
  return listHref("/admin/ressources", search, change);
}

/** By date, most recent first, unless the address says otherwise. */
export function staffReportSort(search: StaffReportSearch): { key: StaffReportSort; direction: SortDirection } {
  const key = search.tri ?? "date";
  return { key, direction: search.ordre ?? (key === "date" ? "desc" : "asc") };
}

export const STAFF_REPORTS_PER_PAGE = 25;

/** A report's date: its publication, or its creation while it was never published. */
const reportDate = sql<number>`coalesce(${reports.publishedAt}, ${reports.createdAt})`;

/** The last change: the latest saved revision, or the report's own last write. */
const lastChange = sql<number>`max(${reports.updatedAt}, coalesce((select max(${reportRevisions.createdAt}) from ${reportRevisions} where ${reportRevisions.reportId} = ${reports.id}), 0))`;

function containsPattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditions(db: Db, search: StaffReportSearch): SQL[] {
  const where: SQL[] = [];
  if (search.q) where.push(sql`fold_search(${reports.title}) like ${containsPattern(search.q)} escape '\\'`);
  if (search.statut === "nouvelle-version") where.push(isNotNull(reports.pendingRevisionId));
  else if (search.statut) where.push(eq(reports.status, search.statut));
  if (search.type) where.push(eq(reports.kind, search.type));
  if (search.annee) {
    where.push(gte(reportDate, parisDayStart(`${search.annee}-01-01`).getTime()));
    where.push(lt(reportDate, parisDayStart(`${search.annee + 1}-01-01`).getTime()));
  }
  if (search.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(reportThemes)
      .innerJoin(themes, eq(themes.id, reportThemes.themeId))
      .where(and(eq(reportThemes.reportId, reports.id), eq(themes.slug, search.theme)));
    where.push(exists(themed));
  }
  return where;
}

/** Every report, whatever its status, for staff; the actor's role is checked in the database where drafts are read. */
export function listReportsForStaff(db: Db, actor: Actor, search: StaffReportSearch) {
  assertActorRole(db, actor, "staff");
  const page = search.page ?? 1;
  const sort = staffReportSort(search);
  const order = sort.direction === "asc" ? asc : desc;
  const sortColumn = { date: reportDate, titre: sql`fold_search(${reports.title})` }[sort.key];
  const rows = db
    .select({
      id: reports.id,
      slug: reports.slug,
      title: reports.title,
      kind: reports.kind,
      status: reports.status,
      pendingStatus: reports.pendingStatus,
      publishedAt: reports.publishedAt,
      publishAt: reports.publishAt,
      date: sql<number>`${reportDate}`.mapWith((value: number) => new Date(value)),
      lastChange: sql<number>`${lastChange}`.mapWith((value: number) => new Date(value)),
      matching: sql<number>`count(*) over ()`,
    })
    .from(reports)
    .where(and(...conditions(db, search)))
    .orderBy(order(sortColumn), desc(reportDate), asc(reports.id))
    .limit(STAFF_REPORTS_PER_PAGE)
    .offset((page - 1) * STAFF_REPORTS_PER_PAGE)
    .all();
  const total = rows[0]?.matching ?? (page > 1 ? db.select({ n: sql<number>`count(*)` }).from(reports).where(and(...conditions(db, search))).get()!.n : 0);
  return { items: rows, total, page, perPage: STAFF_REPORTS_PER_PAGE };
}

export type StaffReportRow = ReturnType<typeof listReportsForStaff>["items"][number];

/** The years offered by the year filter: the Paris years of the reports' dates, most recent first. */
export function staffReportYears(db: Db): number[] {
  const dates = db.select({ date: sql<number>`${reportDate}` }).from(reports).all();
  return [...new Set(dates.map((row) => parisParts(new Date(row.date)).year))].sort((a, b) => b - a);
}
