import { and, asc, desc, eq, exists, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/open";
import type { Role } from "@/lib/people/schema";
import { hasRole, VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { parisInstant } from "@/lib/time";
import { themes } from "@/lib/themes/schema";
import { meetings } from "@/lib/meetings/schema";
import { canSeeMeeting } from "@/lib/meetings/visibility";
import { listAttachments } from "@/lib/documents/queries";
import { listReportContacts } from "@/lib/contacts/queries";
import { reportThemes, reports, type ReportKind } from "./schema";

/** Members-only reports are shown to approved members and the IREV team. */
export function canReadMembersReports(role: Role | null): boolean {
  return hasRole(role, "member");
}

/**
 * A published report with everything its page shows; null when it does not exist or is not published.
 * A members-only report asked for by someone else is `{ restricted: true }`, without its content,
 * so the page can say it exists for members rather than answer 404.
 */
export function getPublishedReportBySlug(db: Db, slug: string, role: Role | null) {
  const report = db
    .select()
    .from(reports)
    .where(and(eq(reports.slug, slug), eq(reports.status, "published")))
    .get();
  if (!report) return null;
  if (report.visibility === "members" && !canReadMembersReports(role)) return { restricted: true as const };

  const reportThemeRows = db
    .select({ slug: themes.slug, name: themes.name })
    .from(reportThemes)
    .innerJoin(themes, eq(themes.id, reportThemes.themeId))
    .where(eq(reportThemes.reportId, report.id))
    .orderBy(asc(themes.position), asc(themes.name))
    .all();
  const linkedMeeting = report.meetingId
    ? db
        .select({ id: meetings.id, slug: meetings.slug, title: meetings.title, startsAt: meetings.startsAt, status: meetings.status })
        .from(meetings)
        .where(eq(meetings.id, report.meetingId))
        .get()
    : undefined;

  return {
    restricted: false as const,
    report,
    themes: reportThemeRows,
    meeting:
      linkedMeeting && canSeeMeeting(linkedMeeting.status, role)
        ? { id: linkedMeeting.id, slug: linkedMeeting.slug, title: linkedMeeting.title, startsAt: linkedMeeting.startsAt }
        : null,
    attachments: listAttachments(db, { reportId: report.id }),
    annexedContacts: listReportContacts(db, report.id),
  };
}

export type PublishedReport = Extract<NonNullable<ReturnType<typeof getPublishedReportBySlug>>, { restricted: false }>;

/** The most recently published reports this role may read. */
export function listLatestReports(db: Db, role: Role | null, limit: number) {
  return db
    .select({
      id: reports.id,
      slug: reports.slug,
      title: reports.title,
      kind: reports.kind,
      summary: reports.summary,
      publishedAt: reports.publishedAt,
    })
    .from(reports)
    .where(and(eq(reports.status, "published"), canReadMembersReports(role) ? undefined : eq(reports.visibility, "public")))
    .orderBy(desc(reports.publishedAt))
    .limit(limit)
    .all();
}

export type ReportFilters = {
  kind?: ReportKind;
  /** A theme's slug. */
  theme?: string;
  /** The year of publication, in Paris. */
  year?: number;
  page?: number;
  perPage?: number;
};

/** Published reports this view may read, most recent first, with their themes: the lists, the feeds and the API. */
export function listPublishedReports(db: Db, view: ContentView, filters: ReportFilters = {}) {
  const perPage = Math.min(filters.perPage ?? 20, 100);
  const page = Math.max(filters.page ?? 1, 1);
  const conditions: SQL[] = [eq(reports.status, "published")];
  if (!canReadMembersReports(VIEW_ROLE[view])) conditions.push(eq(reports.visibility, "public"));
  if (filters.kind) conditions.push(eq(reports.kind, filters.kind));
  if (filters.year !== undefined) {
    conditions.push(gte(reports.publishedAt, parisInstant(filters.year, 1, 1)), lt(reports.publishedAt, parisInstant(filters.year + 1, 1, 1)));
  }
  if (filters.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(reportThemes)
      .innerJoin(themes, eq(themes.id, reportThemes.themeId))
      .where(and(eq(reportThemes.reportId, reports.id), eq(themes.slug, filters.theme)));
    conditions.push(exists(themed));
  }
  const where = and(...conditions);
  const rows = db
    .select({
      id: reports.id,
      slug: reports.slug,
      title: reports.title,
      kind: reports.kind,
      summary: reports.summary,
      visibility: reports.visibility,
      publishedAt: reports.publishedAt,
      modifiedAt: reports.modifiedAt,
    })
    .from(reports)
    .where(where)
    .orderBy(desc(reports.publishedAt), asc(reports.slug))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(reports).where(where).get()!.n;
  const themesByReport = reportThemeMap(db, rows.map((row) => row.id));
  return { total, page, perPage, items: rows.map((row) => ({ ...row, themes: themesByReport.get(row.id) ?? [] })) };
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
  for (const { reportId, ...theme } of rows) map.set(reportId, [...(map.get(reportId) ?? []), theme]);
  return map;
}
