import type { Venue } from "@/lib/meetings/venue";
import { isDateOnly, parisDateKey, parisParts, type MeetingSpan } from "@/lib/time";

/*
 * schema.org descriptions of meetings (Event) and reports (Article), as JSON-LD in their pages' head. Times carry
 * Paris' offset of that day ("2017-05-11T09:30:00+02:00"); meetings shown by their date alone give dates only.
 */

type JsonLd = Record<string, unknown>;

export type Organisation = { name: string; url: string };

/**
 * JSON for a <script> element: "<" (and ">", "&", the two line separators) written as \u escapes, so that a title
 * holding "</script>" or "<!--" cannot end the element or open a comment; JSON parsers read the same value.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant on the Paris clock with its offset, to the second. Read with Intl, not a TZDate, whose constructor
 * reads the clock: pages rendered for the cache must not (Next refuses "new Date()" outside a cached function).
 */
export function parisIsoTime(instant: Date): string {
  const { year, month, day, hour, minute } = parisParts(instant);
  const seconds = instant.getUTCSeconds();
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, seconds);
  const offset = Math.round((wallClock - (instant.getTime() - instant.getUTCMilliseconds())) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(seconds)}${zone}`;
}

function organisation({ name, url }: Organisation): JsonLd {
  return { "@type": "Organization", name, url };
}

type EventMeeting = MeetingSpan &
  Venue & { slug: string; title: string; summary: string; status: string; onlineUrl: string | null };

function place(meeting: EventMeeting): JsonLd | null {
  if (!meeting.venueName && !meeting.venueAddress && !meeting.venueCity) return null;
  return {
    "@type": "Place",
    name: [meeting.venueName, meeting.venueRoom].filter(Boolean).join(", ") || meeting.venueCity,
    address: {
      "@type": "PostalAddress",
      streetAddress: meeting.venueAddress ?? undefined,
      postalCode: meeting.venuePostcode ?? undefined,
      addressLocality: meeting.venueCity ?? undefined,
      addressCountry: "FR",
    },
  };
}

function eventDates(meeting: MeetingSpan): { startDate: string; endDate: string } {
  if (isDateOnly(meeting)) {
    /* Date-only meetings end at Paris midnight after their last day: that last day is the end date. */
    return { startDate: parisDateKey(meeting.startsAt), endDate: parisDateKey(new Date(meeting.endsAt.getTime() - 1)) };
  }
  return { startDate: parisIsoTime(meeting.startsAt), endDate: parisIsoTime(meeting.endsAt) };
}

export function meetingEvent(meeting: EventMeeting, organizer: Organisation, siteUrl: string): JsonLd {
  const physical = place(meeting);
  const virtual = meeting.onlineUrl ? { "@type": "VirtualLocation", url: meeting.onlineUrl } : null;
  const locations = [physical, virtual].filter((location) => location !== null);
  const mode = physical && virtual ? "Mixed" : virtual ? "Online" : "Offline";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meeting.title,
    description: meeting.summary || undefined,
    url: `${siteUrl}/rencontres/${meeting.slug}`,
    ...eventDates(meeting),
    eventStatus: `https://schema.org/${meeting.status === "cancelled" ? "EventCancelled" : "EventScheduled"}`,
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: locations.length === 1 ? locations[0] : locations.length > 1 ? locations : undefined,
    organizer: organisation(organizer),
    inLanguage: "fr",
  };
}

type ArticleReport = {
  slug: string;
  title: string;
  summary: string;
  kind: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
};

export function reportArticle(report: ArticleReport, kindLabel: string, themes: string[], publisher: Organisation, siteUrl: string): JsonLd {
  const url = `${siteUrl}/ressources/${report.slug}`;
  const published = report.publishedAt ? parisIsoTime(report.publishedAt) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: report.title,
    description: report.summary || undefined,
    url,
    mainEntityOfPage: url,
    datePublished: published,
    dateModified: report.modifiedAt ? parisIsoTime(report.modifiedAt) : published,
    articleSection: kindLabel,
    keywords: themes.length > 0 ? themes.join(", ") : undefined,
    author: organisation(publisher),
    publisher: organisation(publisher),
    inLanguage: "fr",
  };
}
