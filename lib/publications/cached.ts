import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { renderReportBody } from "./markdown";
import { getPublishedReportBySlug } from "./queries";
import { nextScheduledPublication } from "./schedule";
import { listPublishedReports, reportYears, type ReportListSearch } from "./reading-list";
import { listThemes } from "@/lib/meetings/queries";

/*
 * Reports as the pages show them, cached per content view and tagged with what they show (see lib/meetings/cached.ts).
 * They live until the next scheduled publication at most: the scheduler's "publications" job expires them then too.
 */

/** Lists of publications live until the next scheduled publication at most. */
export function untilNextPublication() {
  const now = new Date();
  return lifetimeUntil(nextScheduledPublication(db, now), now);
}

export async function cachedLatestReports(view: ContentView, count: number) {
  "use cache";
  const reports = listPublishedReports(db, VIEW_ROLE[view], {}, { perPage: count, readableOnly: true }).items;
  cacheTag(cacheTags.reports, ...reports.map((report) => cacheTags.report(report.id)));
  cacheLife(untilNextPublication());
  return reports;
}

export async function cachedReport(slug: string, view: ContentView) {
  "use cache";
  const result = getPublishedReportBySlug(db, slug, VIEW_ROLE[view]);
  cacheLife(untilNextPublication());
  if (!result || result.restricted) {
    /* Publishing, or a change of visibility, expires the list tag as well as the report's own. */
    cacheTag(cacheTags.reports);
    return result;
  }
  cacheTag(
    cacheTags.report(result.report.id),
    cacheTags.themes,
    ...result.attachments.map((document) => cacheTags.document(document.id)),
    ...(result.meeting ? [cacheTags.meeting(result.meeting.id)] : []),
  );
  /* The sanitized HTML is cached with the rest: Markdown is rendered once per change, not once per reader. */
  return { ...result, body: renderReportBody(result.report.body) };
}

export async function cachedReportList(search: ReportListSearch, view: ContentView) {
  "use cache";
  const result = listPublishedReports(db, VIEW_ROLE[view], search);
  cacheTag(cacheTags.reports, cacheTags.themes, ...result.items.map((report) => cacheTags.report(report.id)));
  cacheLife(untilNextPublication());
  return { result, years: reportYears(db), themes: listThemes(db) };
}
