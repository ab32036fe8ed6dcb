import escapeHtml from "escape-html";
import { Feed } from "feed";
import type { Db } from "@/db/open";
import { listMeetings } from "@/lib/meetings/queries";
import { formatSpan, type MeetingSpan } from "@/lib/time";

/*
 * The Atom feeds of the site: publications (all of them, or one theme's) and upcoming meetings. Built from lists that
 * hold public content only (the callers read the "public" view); every address is absolute, from the site's one URL.
 */

export const FEED_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** The addresses of the feeds, as pages announce them and the routes serve them. */
export const feedPaths = {
  reports: "/flux/publications.xml",
  meetings: "/flux/rencontres.xml",
  theme: (slug: string) => `/thematiques/${slug}/flux.xml`,
} as const;

type FeedFrame = { siteUrl: string; siteName: string; title: string; description: string; path: string; pagePath: string };

type FeedReport = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  themes: { name: string }[];
};

type FeedMeeting = MeetingSpan & {
  slug: string;
  title: string;
  summary: string;
  status: string;
  venueName: string | null;
  venueCity: string | null;
  updatedAt: Date;
};

function newFeed(frame: FeedFrame, updated: Date): Feed {
  const self = `${frame.siteUrl}${frame.path}`;
  return new Feed({
    id: self,
    title: frame.title,
    description: frame.description,
    link: `${frame.siteUrl}${frame.pagePath}`,
    language: "fr",
    updated,
    generator: false,
    feedLinks: { atom: self },
    author: { name: frame.siteName, link: frame.siteUrl },
    copyright: frame.siteName,
  });
}

/* The library writes titles and summaries as HTML: plain text is escaped, so "<" in a title stays text in every reader. */

/** The feed's own date: its latest entry's, or a fixed one for an empty feed, so that an unchanged feed reads the same. */
function latest(dates: Date[]): Date {
  return dates.reduce((max, date) => (date > max ? date : max), new Date(0));
}

export function reportsFeed(frame: FeedFrame, items: FeedReport[]): string {
  const dated = items.map((report) => ({ report, date: report.modifiedAt ?? report.publishedAt ?? new Date(0) }));
  const feed = newFeed(frame, latest(dated.map(({ date }) => date)));
  for (const { report, date } of dated) {
    const link = `${frame.siteUrl}/ressources/${report.slug}`;
    feed.addItem({
      id: link,
      title: escapeHtml(report.title),
      link,
      date,
      published: report.publishedAt ?? undefined,
      description: report.summary ? escapeHtml(report.summary) : undefined,
      category: report.themes.map((theme) => ({ name: theme.name, term: theme.name })),
    });
  }
  return feed.atom1();
}

function meetingLine(meeting: FeedMeeting): string {
  const place = [meeting.venueName, meeting.venueCity].filter(Boolean).join(", ");
  const when = formatSpan(meeting);
  const status = meeting.status === "cancelled" ? "Annulée. " : "";
  return `${status}${when}${place ? ` – ${place}` : ""}.${meeting.summary ? ` ${meeting.summary}` : ""}`;
}

/** The meetings of the feed: upcoming, published or cancelled, open to all (members-only ones are left out). */
export function upcomingPublicMeetings(db: Db, now: Date) {
  return listMeetings(db, { when: "upcoming", perPage: 100 }, null, now).items.filter((meeting) => meeting.audience === "public");
}

export function meetingsFeed(frame: FeedFrame, items: FeedMeeting[]): string {
  const feed = newFeed(frame, latest(items.map((meeting) => meeting.updatedAt)));
  for (const meeting of items) {
    const link = `${frame.siteUrl}/rencontres/${meeting.slug}`;
    feed.addItem({
      id: link,
      title: escapeHtml(meeting.status === "cancelled" ? `Annulée : ${meeting.title}` : meeting.title),
      link,
      date: meeting.updatedAt,
      description: escapeHtml(meetingLine(meeting)),
    });
  }
  return feed.atom1();
}
