import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { openDatabase, type Db } from "../open";
import { agendaItems, attachments, contacts, documents, meetings, registrations, reports, users } from "../schema";
import { storedFilePath } from "../../lib/documents/storage";
import { parisDateKey, parisParts } from "../../lib/time";
import { parseAnswers } from "../../lib/registrations/answers";
import { seedDemo } from "./index";
import { listReportContacts } from "../../lib/contacts/queries";

const NOW = new Date("2026-11-22T10:00:00Z");

describe("seedDemo", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "irev-seed-"));
  let db: Db;
  let close: () => void;

  beforeAll(async () => {
    process.env.UPLOAD_DIR = path.join(dir, "uploads");
    const opened = openDatabase(path.join(dir, "test.db"));
    db = opened.db;
    close = () => opened.sqlite.close();
    expect(await seedDemo(db, { now: NOW })).toEqual({ seeded: true });
  });

  afterAll(() => {
    close();
    rmSync(dir, { recursive: true, force: true });
  });

  const meeting = (slug: string) => {
    const row = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
    if (!row) throw new Error(`missing meeting ${slug}`);
    return row;
  };

  it("invents no time for the meetings of the former site, which give only their dates", () => {
    const past = db.select().from(meetings).where(eq(meetings.registrationEnabled, false)).all();
    expect(past.length).toBe(4);
    for (const m of past) {
      expect(m.timeKnown).toBe(false);
      expect(parisParts(m.startsAt)).toMatchObject({ hour: 0, minute: 0 });
      const timed = db.select().from(agendaItems).where(eq(agendaItems.meetingId, m.id)).all().filter((i) => i.startsAt || i.endsAt);
      expect(timed).toEqual([]);
    }
    expect(meeting("rencontre-reseau-heure-d-ete").timeKnown).toBe(true);
  });

  it("carries the Noyon meeting with its venue and two real PDFs", () => {
    const noyon = db.select().from(meetings).where(eq(meetings.venueRoom, "salle bleuet")).get();
    expect(noyon).toBeDefined();
    expect(parisDateKey(noyon!.startsAt)).toBe("2017-05-11");
    expect(noyon!.venueCity).toBe("Noyon");
    expect(noyon!.reportedAttendanceLabel).toBe("les 17 participants");
    expect(noyon!.registrationEnabled).toBe(false);

    const files = db
      .select({ name: documents.originalFilename, pages: documents.pageCount, storageName: documents.storageName, size: documents.sizeBytes })
      .from(attachments)
      .innerJoin(documents, eq(documents.id, attachments.documentId))
      .where(eq(attachments.meetingId, noyon!.id))
      .orderBy(asc(attachments.position))
      .all();
    expect(files.map((f) => f.name)).toEqual([
      "enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf",
      "points_actus_reseau_chefs_de_projet_au_11_mai_2017.pdf",
    ]);
    for (const file of files) {
      expect(file.pages).toBeGreaterThan(0);
      const bytes = readFileSync(storedFilePath(file.storageName));
      expect(bytes.byteLength).toBe(file.size);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
  });

  it("fills journee-regionale-complete: 12 confirmed out of 12, two on the waitlist", () => {
    const full = meeting("journee-regionale-complete");
    expect(full.capacity).toBe(12);
    const regs = db.select().from(registrations).where(eq(registrations.meetingId, full.id)).all();
    expect(regs.filter((r) => r.status === "confirmed")).toHaveLength(12);
    const waitlisted = regs.filter((r) => r.status === "waitlisted");
    expect(waitlisted.map((r) => r.waitlistPosition).sort()).toEqual([1, 2]);
  });

  it("dates the meetings around the change to summer time correctly", () => {
    const timed = meeting("rencontre-reseau-heure-d-ete");
    expect(timed.startsAt.toISOString()).toBe("2027-04-01T07:30:00.000Z");
    expect(timed.endsAt.toISOString()).toBe("2027-04-01T14:30:00.000Z");

    const allDay = meeting("assises-participation-citoyenne");
    expect(allDay.allDay).toBe(true);
    expect(allDay.capacity).toBeNull();
    expect(allDay.startsAt.toISOString()).toBe("2027-03-26T23:00:00.000Z");
    expect(allDay.endsAt.toISOString()).toBe("2027-03-28T22:00:00.000Z");
  });

  it("keeps the upcoming demo meetings in their intended states", () => {
    expect(meeting("visite-inscriptions-closes").registrationClosesAt!.getTime()).toBeLessThan(NOW.getTime());
    expect(meeting("rencontre-reseau-places-disponibles").registrationOpensAt!.getTime()).toBeLessThan(NOW.getTime());
    expect(meeting("cycle-qualification-sur-validation").approvalRequired).toBe(true);
    expect(meeting("atelier-reserve-aux-membres").audience).toBe("members");
    expect(meeting("brouillon-rencontre-2027").status).toBe("draft");
    const membre = db.select().from(users).where(eq(users.email, "membre@example.org")).get();
    expect(db.select().from(registrations).where(eq(registrations.userId, membre!.id)).all()).toHaveLength(0);
  });

  it("gives seeded registrations answers that the registration form would accept", () => {
    const rows = db
      .select({ answers: registrations.answers, questions: meetings.questions })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .all();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(parseAnswers(row.questions, row.answers)).toEqual({ ok: true, answers: row.answers });
  });

  it("publishes the news with its CGET source and attachment", () => {
    const news = db
      .select()
      .from(reports)
      .where(eq(reports.slug, "politique-de-la-ville-une-circulaire-pour-poursuivre-la-mobilisation"))
      .get();
    expect(news?.kind).toBe("actualite");
    expect(news?.publishedAt?.toISOString()).toBe("2018-01-08T16:15:00.000Z");
    expect(news?.sourceName).toBe("CGET");
  });

  it("carries the 11 December 2014 report whole: every speaker, both Departments' decisions, the PLDE annex", () => {
    const report = db.select().from(reports).where(eq(reports.slug, "compte-rendu-jeudi-de-la-ville-11-decembre-2014")).get()!;
    for (const passage of [
      "Martine FILLEUL, 1re vice-présidente du Conseil Général",
      "la mission « contrat de territoire » qui fait le lien avec la vice-présidente",
      "La CPAM du Hainaut a été désignée référente départementale",
      "Les priorités de l'ARS pour les quartiers sont notamment",
      "Il conviendra d'utiliser les contrats territoriaux de développement durable",
    ]) {
      expect(report.body).toContain(passage.replace(/ « /g, " «\u00a0").replace(/ » /g, "\u00a0» "));
    }
    expect(report.body).not.toContain("(#)");

    const files = db
      .select({ id: documents.id, name: documents.originalFilename, text: documents.extractedText })
      .from(attachments)
      .innerJoin(documents, eq(documents.id, attachments.documentId))
      .where(eq(attachments.reportId, report.id))
      .all();
    for (const [file, original] of [
      ["deliberation_cadre_departement_nord_3_novembre_2014.pdf", "Conseil général du Nord du 3 novembre 2014"],
      ["deliberation_departement_pas_de_calais_15_decembre_2014.pdf", "Conseil général du Pas-de-Calais du 15 décembre 2014"],
    ] as const) {
      const doc = files.find((f) => f.name === file);
      expect(doc, file).toBeDefined();
      expect(report.body).toContain(`](/documents/${doc!.id}/${file})`);
      expect(doc!.text).toContain(original);
    }

    const annex = listReportContacts(db, report.id).map(({ name, email, territory }) => ({ name, email, territory }));
    expect(annex).toHaveLength(19);
    expect(annex[0]).toEqual({ name: "Christophe DUHAUT", email: "christophe.duhaut@example.org", territory: "Pays du Calaisis" });
    expect(annex.at(-1)?.territory).toBe("CA Lens-Liévin");
    expect(report.body).toContain("](#annexe)");
  });

  it("says on the first page of every placeholder PDF which original it stands in for", () => {
    for (const doc of db.select().from(documents).all()) {
      const firstPage = doc.extractedText.split("\n\n")[0]!;
      expect(firstPage, doc.originalFilename).toMatch(/tient lieu, pour la démonstration, du document original|Document fictif/);
    }
    const survey = db.select().from(documents).where(eq(documents.originalFilename, "enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf")).get()!;
    expect(survey.extractedText.split("\n\n")[0]).toContain("du document original\u00a0: «\u00a0enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf\u00a0»");
  });

  it("uses fictitious e-mail addresses only", () => {
    const emails = [
      ...db.select({ email: users.email }).from(users).all().map((u) => u.email),
      ...db.select({ email: contacts.email }).from(contacts).all().map((c) => c.email),
    ];
    expect(emails.length).toBeGreaterThan(20);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@example\.org$/);
  });

  it("stored every document file on disk", () => {
    for (const doc of db.select().from(documents).all()) expect(existsSync(storedFilePath(doc.storageName))).toBe(true);
  });

  it("does nothing the second time", async () => {
    const before = db.select({ id: meetings.id }).from(meetings).all().length;
    expect(await seedDemo(db, { now: NOW })).toEqual({ seeded: false });
    expect(db.select({ id: meetings.id }).from(meetings).all()).toHaveLength(before);
  });
});
