import { and, asc, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { choiceParam, listHref, pageParam, singleValues } from "@/lib/lists/params";
import { parseSearchSegment, searchSegment } from "@/lib/lists/segment";
import type { Role } from "@/lib/people/schema";
import { themes } from "@/lib/themes/schema";
import { canReadMembersReports } from "./queries";
import { REPORT_KINDS, reportThemes, reports } from "./schema";

/*
 * /ressources: the published reports and news, filtered by kind, theme and year. Members-only ones are listed for
 * everyone, as the agenda lists members-only meetings, and marked: readers who may not read them get their kind,
 * title, date and themes, never their summary. The API lists them the same way; feeds leave them out (readableOnly).
 */

const themeParam = z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined);
const yearParam = z.coerce.number().int().min(1990).max(2200).optional().catch(undefined);

const searchSchema = z.object({ type: choiceParam(REPORT_KINDS), theme: themeParam, annee: yearParam, page: pageParam });

export type ReportListSearch = z.infer<typeof searchSchema>;

export function parseReportListSearch(raw: Record<string, string | string[] | undefined>): ReportListSearch {
  return searchSchema.parse(singleValues(raw));
}

export function reportListHref(search: ReportListSearch, change: Partial<ReportListSearch> = {}): string {
  return listHref("/ressources", search, change);
}

const SEGMENT_KEYS = ["type", "theme", "annee", "page"] as const;

/** The cached page's segment for these filters (lib/cache/public-view.ts). */
export function reportListSegment(search: ReportListSearch): string {
  return searchSegment(search, SEGMENT_KEYS);
}

export function parseReportListSegment(segment: string): ReportListSearch | null {
  return parseSearchSegment(segment, parseReportListSearch, SEGMENT_KEYS);
}

export const REPORTS_PER_PAGE = 20;

/* The year of an instant in Paris: the year always turns in winter time, one hour ahead of UTC. */
const publishedYear = sql<number>`cast(strftime('%Y', ${reports.publishedAt} / 1000 + 3600, 'unixepoch') as integer)`;

function conditions(db: Db, search: Omit<ReportListSearch, "page">): SQL[] {
  const where: SQL[] = [eq(reports.status, "published")];
  if (search.type) where.push(eq(reports.kind, search.type));
  if (search.annee) where.push(sql`${publishedYear} = ${search.annee}`);
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

export type ReportListOptions = {
  perPage?: number;
  /** Leave out what this role may not open (feeds, the API): otherwise members-only reports are listed, restricted. */
  readableOnly?: boolean;
};

/**
 * Published reports and news for this role and these filters, latest first, one page of them and the total: the
 * /ressources page, theme pages, the API and the feeds.
 */
export function listPublishedReports(
  db: Db,
  role: Role | null,
  search: Omit<ReportListSearch, "page"> & { page?: number },
  { perPage = REPORTS_PER_PAGE, readableOnly = false }: ReportListOptions = {},
) {
  const page = search.page ?? 1;
  const readsMembers = canReadMembersReports(role);
  const where = and(...conditions(db, search), readableOnly && !readsMembers ? eq(reports.visibility, "public") : undefined);
  const rows = db
    .select({
      id: reports.id,
      slug: reports.slug,
      kind: reports.kind,
      title: reports.title,
      summary: reports.summary,
      visibility: reports.visibility,
      publishedAt: reports.publishedAt,
      modifiedAt: reports.modifiedAt,
    })
    .from(reports)
    .where(where)
    .orderBy(desc(reports.publishedAt), desc(reports.createdAt), reports.id)
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(reports).where(where).get()!.n;
  const themesByReport = reportThemeMap(db, rows.map((row) => row.id));
  return {
    total,
    page,
    perPage,
    items: rows.map((row) => {
      const restricted = row.visibility === "members" && !readsMembers;
      return { ...row, summary: restricted ? "" : row.summary, restricted, themes: themesByReport.get(row.id) ?? [] };
    }),
  };
}

export type ReportListItem = ReturnType<typeof listPublishedReports>["items"][number];

/** The years that have published reports, latest first: the year filter's choices. */
export function reportYears(db: Db): number[] {
  return db
    .selectDistinct({ year: publishedYear })
    .from(reports)
    .where(and(eq(reports.status, "published"), sql`${reports.publishedAt} is not null`))
    .orderBy(desc(publishedYear))
    .all()
    .map((row) => row.year);
}

function reportThemeMap(db: Db, reportIds: string[]) {
  const map = new Map<string, { slug: string; name: string }[]>();
  if (reportIds.length === 0) return map;
  const rows = db
    .select({ reportId: reportThemes.reportId, slug: themes.slug, name: themes.name })
    .from(reportThemes)
    .innerJoin(themes, eq(themes.id, reportThemes.themeId))
    .where(inArray(reportThemes.reportId, reportIds))
    .orderBy(asc(themes.position), asc(themes.name))
    .all();
  for (const row of rows) map.set(row.reportId, [...(map.get(row.reportId) ?? []), { slug: row.slug, name: row.name }]);
  return map;
}
