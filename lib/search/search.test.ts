import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/open";
import { contacts } from "@/lib/contacts/schema";
import { documents } from "@/lib/documents/schema";
import { agendaItems, meetings, speakers } from "@/lib/meetings/schema";
import { reports } from "@/lib/publications/schema";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { LIGATURES } from "./fold";
import { splitHighlights } from "./highlight";
import { MAX_TERMS, matchExpression } from "./match";
import { searchContent, type SearchFilters } from "./queries";

let db: Db;
beforeEach(() => {
  db = freshDatabase();
});

let counter = 0;
function insertReport(values: Partial<typeof reports.$inferInsert> = {}) {
  counter += 1;
  return db
    .insert(reports)
    .values({ kind: "compte_rendu", title: `Publication ${counter}`, slug: `publication-${counter}`, status: "published", publishedAt: new Date("2017-05-20T10:00:00Z"), ...values })
    .returning()
    .get();
}
function insertDocument(values: Partial<typeof documents.$inferInsert> = {}) {
  counter += 1;
  return db
    .insert(documents)
    .values({ title: `Document ${counter}`, originalFilename: `document-${counter}.pdf`, storageName: `s${counter}`, mimeType: "application/pdf", sizeBytes: 1940000, sha256: `h${counter}`, pageCount: 12, ...values })
    .returning()
    .get();
}
function insertContact(values: Partial<typeof contacts.$inferInsert> = {}) {
  return db.insert(contacts).values({ name: "Personne Contact", ...values }).returning().get();
}

const titles = (q: string, role: Parameters<typeof searchContent>[2] = null, filters: Omit<SearchFilters, "q"> = {}) =>
  searchContent(db, { q, ...filters }, role).hits.map((hit) => hit.title);

function integrityCheck() {
  db.run(sql`INSERT INTO search_index(search_index) VALUES('integrity-check')`);
}

describe("matchExpression", () => {
  it("quotes every word and adds a prefix star", () => {
    expect(matchExpression("réseau évaluations")).toBe('"réseau"* "évaluation"*');
  });

  it("neutralises operators, quotes, stars, dashes, percents and parentheses", () => {
    expect(matchExpression('NEAR("a" b) OR -c* %d AND title:e NOT')).toBe('"NEAR"* "OR"* "AND"* "title"* "NOT"*');
    expect(matchExpression("réseaux")).toBe('"réseau"*');
    expect(matchExpression('"')).toBeNull();
    expect(matchExpression("")).toBeNull();
    expect(matchExpression("  ()*-%^ ")).toBeNull();
  });

  it("folds ligatures and keeps one-letter words only when nothing else is typed", () => {
    expect(matchExpression("cœur d'Œuvre")).toBe('"coeur"* "OEuvre"*');
    expect(matchExpression("a")).toBe('"a"*');
  });

  it("caps the number of terms", () => {
    expect(matchExpression("mot ".repeat(5000))).toBe('"mot"*');
    const many = Array.from({ length: 100 }, (_, i) => `mot${i}`).join(" ");
    expect(matchExpression(many)!.split(" ")).toHaveLength(MAX_TERMS);
  });
});

describe("splitHighlights", () => {
  it("splits on the markers and never reads the content as HTML", () => {
    expect(splitHighlights("a <b>\uE000réseau\uE001 c")).toEqual([
      { text: "a <b>", match: false },
      { text: "réseau", match: true },
      { text: " c", match: false },
    ]);
  });
});

describe("searchContent", () => {
  it("ranks a title match above a match in the body", () => {
    insertReport({ title: "Compte rendu", body: "La politique de la ville et la rénovation." });
    insertReport({ title: "La rénovation urbaine", body: "Un texte." });
    expect(titles("renovation")).toEqual(["La rénovation urbaine", "Compte rendu"]);
  });

  it("ignores accents, case and ligatures, and matches prefixes and plurals", () => {
    insertReport({ title: "Le Réseau des chefs de projet" });
    insertReport({ title: "Une évaluation" });
    insertReport({ title: "Au cœur des quartiers" });
    insertReport({ title: "Visite à NOYON" });
    insertReport({ title: "La ﬁn des contrats" });
    insertReport({ title: "Les réseaux sociaux" });
    expect(titles("reseau")).toEqual(expect.arrayContaining(["Le Réseau des chefs de projet", "Les réseaux sociaux"]));
    expect(titles("evaluation")).toEqual(["Une évaluation"]);
    expect(titles("évaluations")).toEqual(["Une évaluation"]);
    expect(titles("evalu")).toEqual(["Une évaluation"]);
    expect(titles("coeur")).toEqual(["Au cœur des quartiers"]);
    expect(titles("cœur")).toEqual(["Au cœur des quartiers"]);
    expect(titles("noyon")).toEqual(["Visite à NOYON"]);
    expect(titles("fin")).toEqual(["La ﬁn des contrats"]);
  });

  it("folds every ligature the query folds", () => {
    for (const [ligature, letters] of LIGATURES) {
      db.delete(reports).run();
      insertReport({ title: `x${ligature}y` });
      expect(titles(`x${letters}y`), ligature).toEqual([`x${ligature}y`]);
    }
  });

  it("highlights the matches in the title and the excerpt", () => {
    insertReport({ title: "Réseau régional", body: "Le réseau se réunit à Noyon." });
    const [hit] = searchContent(db, { q: "reseau" }, null).hits;
    expect(hit!.markedTitle).toBe("\uE000Réseau\uE001 régional");
    expect(hit!.excerpt).toContain("\uE000réseau\uE001");
    expect(hit!.href).toMatch(/^\/ressources\/publication-/);
  });

  it("shows a report's Markdown as prose, and a document's text before its file name", () => {
    insertReport({ title: "Programme", body: "Les **ateliers du réseau** : voir [le compte rendu](https://example.org/cr)." });
    insertDocument({ title: "Enquête", originalFilename: "enquete_reseau_2017.pdf", extractedText: "Enquête sur la mise en réseau des chefs de projet." });
    const [report] = searchContent(db, { q: "ateliers", kind: "report" }, null).hits;
    expect(report!.excerpt).toBe("Les \uE000ateliers\uE001 du réseau : voir le compte rendu.");
    const [document] = searchContent(db, { q: "reseau", kind: "document" }, null).hits;
    expect(document!.excerpt).toMatch(/^Enquête sur la mise en \uE000réseau\uE001/);
  });

  it("shows titles and excerpts with their ligatures as written, matches marked", () => {
    insertReport({ title: "Cœur de ville", body: "La mise en œuvre des contrats de ville, au cœur des quartiers." });
    const [hit] = searchContent(db, { q: "coeur" }, null).hits;
    expect(hit!.markedTitle).toBe("\uE000Cœur\uE001 de ville");
    expect(hit!.excerpt).toBe("La mise en œuvre des contrats de ville, au \uE000cœur\uE001 des quartiers.");
  });

  it("never throws on hostile input", () => {
    insertReport({ title: "Réseau" });
    for (const q of ['"', '""', "*", "-", "NEAR", "NEAR(a b)", "%", "()", "(", ")", "", "   ", "a OR b", "title:x", "^x", "x".repeat(5000), "mot ".repeat(1250), "'; DROP TABLE reports; --"]) {
      expect(() => searchContent(db, { q }, null), q.slice(0, 20)).not.toThrow();
    }
    expect(searchContent(db, { q: "" }, null)).toMatchObject({ hits: [], total: 0 });
  });

  it("shows only what the reader may see", () => {
    insertMeeting(db, { title: "Atelier brouillon", status: "draft" });
    insertMeeting(db, { title: "Atelier publié" });
    insertReport({ title: "Atelier réservé", visibility: "members" });
    insertReport({ title: "Atelier en relecture", status: "in_review" });
    insertDocument({ title: "Atelier document réservé", visibility: "members" });
    insertDocument({ title: "Atelier document public" });
    insertContact({ name: "Atelier Contact" });
    expect(titles("atelier").sort()).toEqual(["Atelier document public", "Atelier publié"]);
    expect(titles("atelier", "pending").sort()).toEqual(["Atelier document public", "Atelier publié"]);
    expect(titles("atelier", "member").sort()).toEqual(["Atelier Contact", "Atelier document public", "Atelier document réservé", "Atelier publié", "Atelier réservé"]);
    expect(titles("atelier", "staff")).toContain("Atelier brouillon");
    expect(titles("atelier", "staff")).not.toContain("Atelier en relecture");
    expect(titles("atelier", null, { kind: "contact" })).toEqual([]);
  });

  it("filters by kind, theme and year, and paginates", () => {
    insertMeeting(db, { title: "Forum 2017", startsAt: new Date("2017-05-11T08:00:00Z"), endsAt: new Date("2017-05-11T16:00:00Z") });
    insertReport({ title: "Forum compte rendu", publishedAt: new Date("2018-01-10T10:00:00Z") });
    db.run(sql`INSERT INTO themes (id, slug, name) VALUES ('t1', 'emploi', 'Emploi')`);
    const report = insertReport({ title: "Forum emploi", publishedAt: new Date("2016-12-31T23:30:00Z") });
    db.run(sql`INSERT INTO report_themes (report_id, theme_id) VALUES (${report.id}, 't1')`);

    expect(titles("forum", null, { kind: "meeting" })).toEqual(["Forum 2017"]);
    expect(titles("forum", null, { theme: "emploi" })).toEqual(["Forum emploi"]);
    /* Paris year: 31 December 23:30 UTC is already 1 January in Paris. */
    expect(titles("forum", null, { year: 2017 }).sort()).toEqual(["Forum 2017", "Forum emploi"]);
    const result = searchContent(db, { q: "forum", perPage: 2, page: 2 }, null);
    expect(result).toMatchObject({ total: 3, pages: 2, page: 2, years: [2018, 2017] });
    expect(result.hits).toHaveLength(1);
  });
});

describe("search index upkeep", () => {
  it("follows every insert, update and delete of each source, in the same transaction", () => {
    const meeting = insertMeeting(db, { title: "Rencontre", venueCity: "Amiens" });
    expect(titles("amiens")).toEqual(["Rencontre"]);
    const item = db.insert(agendaItems).values({ meetingId: meeting.id, position: 0, kind: "intervention", title: "Table ronde mobilité" }).returning().get();
    expect(titles("mobilite")).toEqual(["Rencontre"]);
    const speaker = db.insert(speakers).values({ agendaItemId: item.id, name: "Jeanne Martin", organisationName: "Ville de Laon" }).returning().get();
    expect(titles("laon")).toEqual(["Rencontre"]);
    db.update(speakers).set({ organisationName: "Ville de Soissons" }).where(eq(speakers.id, speaker.id)).run();
    expect(titles("laon")).toEqual([]);
    expect(titles("soissons")).toEqual(["Rencontre"]);
    db.delete(speakers).where(eq(speakers.id, speaker.id)).run();
    expect(titles("soissons")).toEqual([]);
    db.update(agendaItems).set({ title: "Table ronde logement" }).where(eq(agendaItems.id, item.id)).run();
    expect(titles("mobilite")).toEqual([]);
    db.delete(agendaItems).where(eq(agendaItems.id, item.id)).run();
    expect(titles("logement")).toEqual([]);
    db.update(meetings).set({ title: "Rencontre renommée" }).where(eq(meetings.id, meeting.id)).run();
    expect(titles("renommee")).toEqual(["Rencontre renommée"]);

    const report = insertReport({ title: "Compte rendu", body: "Texte sur la cohésion." });
    db.update(reports).set({ body: "Texte sur l'emploi." }).where(eq(reports.id, report.id)).run();
    expect(titles("cohesion")).toEqual([]);
    expect(titles("emploi")).toEqual(["Compte rendu"]);

    const document = insertDocument({ title: "Annexe", extractedText: "" });
    db.update(documents).set({ extractedText: "Diagnostic territorial" }).where(eq(documents.id, document.id)).run();
    expect(titles("diagnostic")).toEqual(["Annexe"]);

    const contact = insertContact({ name: "Paul Durand", territory: "Saint-Quentin" });
    expect(titles("quentin", "member")).toEqual(["Paul Durand"]);
    db.update(contacts).set({ territory: "Beauvais" }).where(eq(contacts.id, contact.id)).run();
    expect(titles("quentin", "member")).toEqual([]);
    integrityCheck();

    db.delete(meetings).where(eq(meetings.id, meeting.id)).run();
    db.delete(reports).where(eq(reports.id, report.id)).run();
    db.delete(documents).where(eq(documents.id, document.id)).run();
    db.delete(contacts).where(eq(contacts.id, contact.id)).run();
    expect(titles("renommee")).toEqual([]);
    expect(titles("emploi")).toEqual([]);
    expect(titles("diagnostic")).toEqual([]);
    expect(titles("beauvais", "member")).toEqual([]);
    expect(db.all(sql`SELECT * FROM search_entries`)).toEqual([]);
    integrityCheck();
  });

  it("rolls back with the write that failed", () => {
    expect(() =>
      db.transaction((tx) => {
        tx.insert(reports).values({ kind: "actualite", title: "Annulée", slug: "annulee", status: "published" }).run();
        throw new Error("échec");
      }),
    ).toThrow("échec");
    expect(titles("annulee")).toEqual([]);
    integrityCheck();
  });
});
