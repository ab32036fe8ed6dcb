import { and, asc, desc, eq } from "drizzle-orm";
import type { MetadataRoute } from "next";
import type { Db } from "@/db/open";
import { meetings } from "@/lib/meetings/schema";
import { reports } from "@/lib/publications/schema";
import { themes } from "@/lib/themes/schema";

/** The lists and pages every visitor may read, whatever the content. */
const PUBLIC_PAGES = [
  "/",
  "/rencontres",
  "/ressources",
  "/documents",
  "/thematiques",
  "/plan-du-site",
  "/contact",
  "/mentions-legales",
  "/donnees-personnelles",
  "/accessibilite",
];

/**
 * What search engines are told to index: the public pages, the themes, the published meetings open to all and the
 * published public reports. Drafts, cancelled and members-only content are left out.
 */
export function publicSitemap(db: Db, siteUrl: string): MetadataRoute.Sitemap {
  const meetingRows = db
    .select({ slug: meetings.slug, updatedAt: meetings.updatedAt })
    .from(meetings)
    .where(and(eq(meetings.status, "published"), eq(meetings.audience, "public")))
    .orderBy(desc(meetings.startsAt))
    .all();
  const reportRows = db
    .select({ slug: reports.slug, publishedAt: reports.publishedAt, modifiedAt: reports.modifiedAt })
    .from(reports)
    .where(and(eq(reports.status, "published"), eq(reports.visibility, "public")))
    .orderBy(desc(reports.publishedAt))
    .all();
  const themeRows = db.select({ slug: themes.slug }).from(themes).orderBy(asc(themes.position), asc(themes.name)).all();
  return [
    ...PUBLIC_PAGES.map((path) => ({ url: `${siteUrl}${path}` })),
    ...themeRows.map((theme) => ({ url: `${siteUrl}/thematiques/${theme.slug}` })),
    ...meetingRows.map((meeting) => ({ url: `${siteUrl}/rencontres/${meeting.slug}`, lastModified: meeting.updatedAt })),
    ...reportRows.map((report) => ({
      url: `${siteUrl}/ressources/${report.slug}`,
      lastModified: report.modifiedAt ?? report.publishedAt ?? undefined,
    })),
  ];
}
