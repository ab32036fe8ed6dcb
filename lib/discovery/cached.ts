import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { appUrl } from "@/lib/config";
import { cacheTags } from "@/lib/cache/tags";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { listThemes, nextMeetingDeadline } from "@/lib/meetings/queries";
import { untilNextPublication } from "@/lib/publications/cached";
import { listPublishedReports } from "@/lib/publications/reading-list";
import { readSettings } from "@/lib/settings/queries";
import { feedPaths, meetingsFeed, reportsFeed, upcomingPublicMeetings } from "./feeds";
import { publicSitemap } from "./sitemap";

/*
 * The feeds and the sitemap as the running server serves them, cached and tagged like the pages (see
 * lib/meetings/cached.ts): publishing, unpublishing or editing anything they list expires them at once. Public view
 * only: members-only content is never in a feed.
 */

const FEED_LENGTH = 30;

function siteName(): string {
  cacheTag(cacheTags.settings);
  return readSettings(db).identity.name;
}

/** The Atom feed of publications, of one theme when a slug is given; null for a theme that does not exist. */
export async function cachedReportsFeed(themeSlug: string | null): Promise<string | null> {
  "use cache";
  cacheTag(cacheTags.reports, cacheTags.themes);
  cacheLife(untilNextPublication());
  const theme = themeSlug === null ? null : listThemes(db).find((row) => row.slug === themeSlug);
  if (theme === undefined) return null;
  const { items } = listPublishedReports(db, null, { theme: theme?.slug }, { perPage: FEED_LENGTH, readableOnly: true });
  cacheTag(...items.map((report) => cacheTags.report(report.id)));
  const name = siteName();
  return reportsFeed(
    {
      siteUrl: appUrl(),
      siteName: name,
      title: theme ? `Publications – ${theme.name} – ${name}` : `Publications – ${name}`,
      description: theme ? `Les comptes rendus et actualités du réseau sur la thématique ${theme.name}.` : "Les comptes rendus et actualités du réseau.",
      path: theme ? feedPaths.theme(theme.slug) : feedPaths.reports,
      pagePath: theme ? `/thematiques/${theme.slug}` : "/ressources",
    },
    items,
  );
}

/** The Atom feed of upcoming meetings open to all. */
export async function cachedMeetingsFeed(): Promise<string> {
  "use cache";
  const now = new Date();
  const items = upcomingPublicMeetings(db, now);
  cacheTag(cacheTags.meetings, ...items.map((meeting) => cacheTags.meeting(meeting.id)));
  cacheLife(lifetimeUntil(nextMeetingDeadline(db, now), now));
  const name = siteName();
  return meetingsFeed(
    {
      siteUrl: appUrl(),
      siteName: name,
      title: `Prochaines rencontres – ${name}`,
      description: "Les prochaines rencontres du réseau des chefs de projet politique de la ville.",
      path: feedPaths.meetings,
      pagePath: "/rencontres",
    },
    items,
  );
}

/** The sitemap: every public list and page, each published public meeting and report. */
export async function cachedSitemap() {
  "use cache";
  cacheTag(cacheTags.meetings, cacheTags.reports, cacheTags.themes);
  cacheLife(lifetimeUntil(null, new Date()));
  return publicSitemap(db, appUrl());
}
