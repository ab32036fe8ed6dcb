import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { reportThemes, reports } from "@/lib/publications/schema";
import { listPublishedReports } from "@/lib/publications/reading-list";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { feedPaths, meetingsFeed, reportsFeed, upcomingPublicMeetings } from "./feeds";
import { meetingEvent, parisIsoTime, reportArticle, serializeJsonLd } from "./json-ld";
import { publicSitemap } from "./sitemap";

const SITE = "https://reseau.example.org";
const frame = (path: string) => ({ siteUrl: SITE, siteName: "IREV", title: "Flux", description: "Desc", path, pagePath: "/ressources" });

/* The feeds are parsed as XML by a real parser: what a feed reader sees, not what a regular expression finds. */
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "category" });

type Text = string | { "#text": string };
type Entry = { title: Text; id: string; link: { "@_href": string }; summary?: Text; published?: string };

function entries(xml: string): Entry[] {
  const parsed = parser.parse(xml);
  expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  return parsed.feed.entry ?? [];
}

function text(value: Text | undefined): string {
  return typeof value === "object" ? value["#text"] : (value ?? "");
}

function setup() {
  const db = freshDatabase();
  const sante = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
  const add = (values: Partial<typeof reports.$inferInsert> & { slug: string }) =>
    db
      .insert(reports)
      .values({ kind: "compte_rendu", title: values.slug, status: "published", publishedAt: parisInstant(2017, 6, 1), ...values })
      .returning()
      .get();
  return { db, sante, add };
}

describe("reportsFeed", () => {
  it("is a valid Atom feed of the public reports, never a members-only one, with absolute links and escaped titles", () => {
    const { db, sante, add } = setup();
    const noyon = add({ slug: "noyon", title: "Noyon <script>alert(1)</script> & co", summary: "Compte rendu", modifiedAt: parisInstant(2017, 7, 1) });
    add({ slug: "reserve", title: "Réservé aux membres", visibility: "members" });
    db.insert(reportThemes).values({ reportId: noyon.id, themeId: sante.id }).run();

    const xml = reportsFeed(frame(feedPaths.reports), listPublishedReports(db, null, {}, { readableOnly: true }).items);
    const [entry, ...others] = entries(xml) as [Entry, ...Entry[]];
    expect(others).toEqual([]);
    expect(xml).not.toContain("Réservé");
    expect(entry.id).toBe(`${SITE}/ressources/noyon`);
    expect(entry.link["@_href"]).toBe(`${SITE}/ressources/noyon`);
    /* Titles are HTML in Atom: the markup of a title is escaped text, never an element. */
    expect(text(entry.title)).toBe("Noyon &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(entry.published).toBe(parisInstant(2017, 6, 1).toISOString());
    expect(parser.parse(xml).feed.link).toContainEqual({ "@_rel": "self", "@_href": `${SITE}/flux/publications.xml` });
  });

  it("is still a valid feed when empty", () => {
    expect(entries(reportsFeed(frame(feedPaths.theme("sante")), []))).toEqual([]);
  });
});

describe("meetingsFeed", () => {
  it("lists upcoming meetings open to all, cancelled ones said so, never drafts, past or members-only ones", () => {
    const db = freshDatabase();
    const now = new Date();
    insertMeeting(db, { slug: "ouverte", title: "Rencontre ouverte", venueName: "Mairie", venueCity: "Noyon" });
    insertMeeting(db, { slug: "annulee", title: "Rencontre annulée", status: "cancelled" });
    insertMeeting(db, { slug: "membres", title: "Réservée", audience: "members" });
    insertMeeting(db, { slug: "brouillon", status: "draft" });
    insertMeeting(db, { slug: "passee", startsAt: parisInstant(2017, 5, 11, 9), endsAt: parisInstant(2017, 5, 11, 12) });

    const found = entries(meetingsFeed({ ...frame(feedPaths.meetings), pagePath: "/rencontres" }, upcomingPublicMeetings(db, now)));
    expect(found.map((entry) => entry.id).sort()).toEqual([`${SITE}/rencontres/annulee`, `${SITE}/rencontres/ouverte`]);
    expect(found.map((entry) => text(entry.title))).toContain("Annulée : Rencontre annulée");
    expect(text(found.find((entry) => entry.id.endsWith("ouverte"))?.summary)).toContain("Mairie, Noyon");
  });
});

describe("publicSitemap", () => {
  it("lists the public pages, themes, published meetings open to all and published public reports", () => {
    const { db, add } = setup();
    insertMeeting(db, { slug: "ouverte" });
    insertMeeting(db, { slug: "membres", audience: "members" });
    insertMeeting(db, { slug: "brouillon", status: "draft" });
    insertMeeting(db, { slug: "annulee", status: "cancelled" });
    add({ slug: "noyon", modifiedAt: parisInstant(2017, 7, 1) });
    add({ slug: "reserve", visibility: "members" });
    add({ slug: "brouillon-cr", status: "draft" });

    const entries = publicSitemap(db, SITE);
    const urls = entries.map((entry) => entry.url);
    expect(urls).toEqual(
      expect.arrayContaining([`${SITE}/`, `${SITE}/rencontres`, `${SITE}/ressources`, `${SITE}/documents`, `${SITE}/thematiques/sante`]),
    );
    expect(urls).toContain(`${SITE}/rencontres/ouverte`);
    expect(urls.filter((url) => /membres|brouillon|annulee|reserve/.test(url))).toEqual([]);
    expect(entries.find((entry) => entry.url.endsWith("/ressources/noyon"))?.lastModified).toEqual(parisInstant(2017, 7, 1));
    expect(urls.some((url) => /admin|mon-espace|api/.test(url))).toBe(false);
  });
});

describe("JSON-LD", () => {
  const irev = { name: "IREV – Institut régional de la ville", url: SITE };

  it("serialises so that no title can end the script element, and parses back to the same value", () => {
    const data = { name: "</script><script>alert(1)</script><!-- & \u2028" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it("gives Paris times with their offset, summer and winter", () => {
    expect(parisIsoTime(parisInstant(2017, 5, 11, 9, 30))).toBe("2017-05-11T09:30:00+02:00");
    expect(parisIsoTime(parisInstant(2017, 12, 14, 14, 0))).toBe("2017-12-14T14:00:00+01:00");
    /* The night summer time ends: 2:30 comes twice, first at +02:00, then at +01:00. */
    expect(parisIsoTime(new Date("2017-10-29T00:30:05Z"))).toBe("2017-10-29T02:30:05+02:00");
    expect(parisIsoTime(new Date("2017-10-29T01:30:05.250Z"))).toBe("2017-10-29T02:30:05+01:00");
  });

  it("describes a meeting as an Event: dates, place and online room, status, attendance mode, organiser", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, {
      slug: "noyon",
      title: "Rencontre à Noyon",
      startsAt: parisInstant(2017, 5, 11, 9, 30),
      endsAt: parisInstant(2017, 5, 11, 16, 30),
      venueName: "Hôtel de ville",
      venueAddress: "Place Bertrand Labarre",
      venuePostcode: "60400",
      venueCity: "Noyon",
    });
    const event = meetingEvent(meeting, irev, SITE);
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Rencontre à Noyon",
      url: `${SITE}/rencontres/noyon`,
      startDate: "2017-05-11T09:30:00+02:00",
      endDate: "2017-05-11T16:30:00+02:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Hôtel de ville", address: { "@type": "PostalAddress", postalCode: "60400", addressLocality: "Noyon", addressCountry: "FR" } },
      organizer: { "@type": "Organization", name: irev.name, url: SITE },
    });

    const mixed = meetingEvent({ ...meeting, status: "cancelled", onlineUrl: "https://visio.example.org/salle" }, irev, SITE);
    expect(mixed.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(mixed.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(mixed.location).toContainEqual({ "@type": "VirtualLocation", url: "https://visio.example.org/salle" });

    const online = meetingEvent({ ...meeting, venueName: null, venueAddress: null, venuePostcode: null, venueCity: null, onlineUrl: "https://visio.example.org/s" }, irev, SITE);
    expect(online).toMatchObject({ eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode", location: { "@type": "VirtualLocation" } });
  });

  it("gives date-only meetings their first and last day", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { allDay: true, startsAt: parisInstant(2014, 12, 11), endsAt: parisInstant(2014, 12, 13) });
    expect(meetingEvent(meeting, irev, SITE)).toMatchObject({ startDate: "2014-12-11", endDate: "2014-12-12" });
  });

  it("describes a report as an Article published by IREV", () => {
    const report = {
      slug: "noyon",
      title: "Compte rendu",
      summary: "Résumé",
      kind: "compte_rendu",
      publishedAt: parisInstant(2017, 6, 1, 10),
      modifiedAt: null,
    };
    expect(reportArticle(report, "Compte rendu", ["Santé"], irev, SITE)).toMatchObject({
      "@type": "Article",
      headline: "Compte rendu",
      datePublished: "2017-06-01T10:00:00+02:00",
      dateModified: "2017-06-01T10:00:00+02:00",
      publisher: { "@type": "Organization", name: irev.name },
      keywords: "Santé",
    });
  });
});
