import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/db";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { reportThemes, reports } from "./schema";
import { listPublishedReports, parseReportListSearch, parseReportListSegment, reportListHref, reportListSegment, reportYears } from "./reading-list";

function setUp() {
  const db = freshDatabase();
  const sante = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
  const report = (slug: string, values: Partial<typeof reports.$inferInsert> = {}) =>
    db.insert(reports).values({ kind: "compte_rendu", title: slug, slug, summary: `Résumé ${slug}`, status: "published", ...values }).returning().get();
  const noyon = report("noyon", { publishedAt: parisInstant(2017, 6, 1) });
  report("circulaire", { kind: "actualite", publishedAt: parisInstant(2018, 1, 1, 0, 30) });
  report("reserve", { visibility: "members", publishedAt: parisInstant(2017, 12, 31, 23, 30) });
  report("brouillon", { status: "draft", publishedAt: null });
  db.insert(reportThemes).values({ reportId: noyon.id, themeId: sante.id }).run();
  return db;
}

describe("listPublishedReports", () => {
  it("lists published reports latest first, filtered by kind, theme and Paris year", () => {
    const db = setUp();
    const slugs = (search: Parameters<typeof listPublishedReports>[2]) => listPublishedReports(db, "member", search).items.map((r) => r.slug);
    expect(slugs({})).toEqual(["circulaire", "reserve", "noyon"]);
    expect(slugs({ type: "actualite" })).toEqual(["circulaire"]);
    expect(slugs({ theme: "sante" })).toEqual(["noyon"]);
    expect(listPublishedReports(db, "member", { theme: "sante" }).items[0]!.themes).toEqual([{ slug: "sante", name: "Santé" }]);
    /* 1 January 2018 at 0:30 in Paris is still 2017 in UTC; 31 December at 23:30 is already 2018 in UTC. */
    expect(slugs({ annee: 2018 })).toEqual(["circulaire"]);
    expect(slugs({ annee: 2017 })).toEqual(["reserve", "noyon"]);
    expect(reportYears(db)).toEqual([2018, 2017]);
  });

  it("paginates with the total of every page", () => {
    const db = setUp();
    const first = listPublishedReports(db, "member", {}, { perPage: 2 });
    const second = listPublishedReports(db, "member", { page: 2 }, { perPage: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((r) => r.slug)).toEqual(["circulaire", "reserve"]);
    expect(second.items.map((r) => r.slug)).toEqual(["noyon"]);
  });

  it("marks members-only reports for visitors and pending accounts, never giving them their summary", () => {
    const db = setUp();
    for (const role of [null, "pending"] as const) {
      const reserved = listPublishedReports(db, role, {}).items.find((r) => r.slug === "reserve")!;
      expect(reserved).toMatchObject({ restricted: true, summary: "" });
    }
    expect(listPublishedReports(db, "member", {}).items.find((r) => r.slug === "reserve")).toMatchObject({ restricted: false, summary: "Résumé reserve" });
  });

  it("leaves members-only reports out of the count and the pages when asked for what the reader may open only", () => {
    const db = setUp();
    for (const role of [null, "pending"] as const) {
      const readable = listPublishedReports(db, role, {}, { perPage: 1, readableOnly: true });
      expect(readable.total).toBe(2);
      expect(listPublishedReports(db, role, { page: 2 }, { perPage: 1, readableOnly: true }).items.map((r) => r.slug)).toEqual(["noyon"]);
    }
    expect(listPublishedReports(db, "member", {}, { readableOnly: true }).items.map((r) => r.slug)).toEqual(["circulaire", "reserve", "noyon"]);
  });
});

describe("report list addresses", () => {
  it("reads the URL leniently and gives each filter state one canonical segment", () => {
    const search = parseReportListSearch({ type: "actualite", theme: "sante", annee: "2017", page: "2", autre: "x" });
    expect(search).toEqual({ type: "actualite", theme: "sante", annee: 2017, page: 2 });
    expect(parseReportListSearch({ type: "inconnu", annee: "abc" })).toEqual({});
    expect(reportListSegment(search)).toBe("type.actualite~theme.sante~annee.2017~page.2");
    expect(parseReportListSegment("type.actualite~theme.sante~annee.2017~page.2")).toEqual(search);
    expect(parseReportListSegment("tout")).toEqual({});
    expect(parseReportListSegment("annee.2017~type.actualite")).toBeNull();
    expect(parseReportListSegment("type.inconnu")).toBeNull();
    expect(reportListHref(search, { theme: undefined })).toBe("/ressources?type=actualite&annee=2017");
  });
});
