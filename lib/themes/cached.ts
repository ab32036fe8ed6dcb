import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { cacheTags } from "@/lib/cache/tags";
import { nextMeetingDeadline } from "@/lib/meetings/queries";
import { VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { nextScheduledPublication } from "@/lib/publications/schedule";
import { getThemePage, listThemesForReaders } from "./reading";

/*
 * The theme pages, cached per content view and tagged with the themes and every list and item they show (see
 * lib/meetings/cached.ts), so a staff edit of any of them shows at once.
 */

/** The earlier of the next meeting deadline and the next scheduled publication: when a theme's page changes by itself. */
function untilNextChange(now: Date) {
  const next = [nextMeetingDeadline(db, now), nextScheduledPublication(db, now)].filter((at): at is Date => at !== null);
  return lifetimeUntil(next.length === 0 ? null : new Date(Math.min(...next.map((at) => at.getTime()))), now);
}

export async function cachedThemeIndex(view: ContentView) {
  "use cache";
  cacheTag(cacheTags.themes, cacheTags.meetings, cacheTags.reports, cacheTags.documents);
  cacheLife(untilNextChange(new Date()));
  return listThemesForReaders(db, VIEW_ROLE[view]);
}

export async function cachedThemePage(slug: string, view: ContentView) {
  "use cache";
  const now = new Date();
  const page = getThemePage(db, slug, VIEW_ROLE[view], now);
  cacheTag(cacheTags.themes, cacheTags.meetings, cacheTags.reports, cacheTags.documents);
  if (page) {
    cacheTag(
      ...[...page.upcoming.items, ...page.past.items].map((meeting) => cacheTags.meeting(meeting.id)),
      ...page.reports.items.map((report) => cacheTags.report(report.id)),
      ...page.documents.items.map((document) => cacheTags.document(document.id)),
    );
  }
  cacheLife(untilNextChange(now));
  return { page, now };
}
