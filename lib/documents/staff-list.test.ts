import { describe, expect, it } from "vitest";
import type { Db } from "@/db/open";
import { themes } from "@/lib/themes/schema";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { attachments, documentThemes, documents } from "./schema";
import { documentWarnings, listDocumentsForStaff, parseStaffDocumentSearch, staffDocumentsHref, STAFF_DOCUMENTS_PER_PAGE, type StaffDocumentSearch } from "./staff-list";

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  let n = 0;
  const doc = (title: string, values: Partial<typeof documents.$inferInsert> = {}) => {
    n += 1;
    return db
      .insert(documents)
      .values({ title, originalFilename: `${title}.pdf`, storageName: `s${n}.pdf`, mimeType: "application/pdf", sizeBytes: 1000 * n, sha256: `h${n}`, createdAt: new Date(2026, 0, n), ...values })
      .returning()
      .get();
  };
  return { db, staff, doc };
}

function titles(db: Db, actor: { userId: string }, search: StaffDocumentSearch) {
  return listDocumentsForStaff(db, actor, search).items.map((d) => d.title);
}

describe("parseStaffDocumentSearch", () => {
  it("keeps the whitelisted values and drops the others", () => {
    expect(parseStaffDocumentSearch({ q: " égalité ", visibilite: "members", usage: "jamais", alerte: "javascript", tri: "taille", ordre: "x", page: "2" })).toEqual({
      q: "égalité",
      visibilite: "members",
      alerte: "javascript",
      tri: "taille",
      page: 2,
    });
    expect(staffDocumentsHref({ visibilite: "public", page: 3 }, { tri: "titre" })).toBe("/admin/documents?visibilite=public&tri=titre");
  });
});

describe("listDocumentsForStaff", () => {
  it("searches title and file name, accents and case aside, latest first", () => {
    const { db, staff, doc } = setup();
    doc("Présentation Égalité");
    doc("Programme", { originalFilename: "programme_réunion_noyon.pdf" });
    doc("Annexe 100%");
    expect(titles(db, staff, {})).toEqual(["Annexe 100%", "Programme", "Présentation Égalité"]);
    expect(titles(db, staff, { q: "EGALITE" })).toEqual(["Présentation Égalité"]);
    expect(titles(db, staff, { q: "reunion" })).toEqual(["Programme"]);
    expect(titles(db, staff, { q: "%" })).toEqual(["Annexe 100%"]);
  });

  it("filters by visibility, theme, use and warnings", () => {
    const { db, staff, doc } = setup();
    const members = doc("Réservé", { visibility: "members" });
    const withJs = doc("Formulaire", { hasJavascript: true });
    const withFiles = doc("Dossier", { hasEmbeddedFiles: true });
    const plain = doc("Simple");
    const theme = db.insert(themes).values({ slug: "emploi", name: "Emploi" }).returning().get();
    db.insert(documentThemes).values({ documentId: plain.id, themeId: theme.id }).run();
    db.insert(attachments).values({ documentId: withJs.id, meetingId: insertMeeting(db).id }).run();
    db.insert(attachments).values({ documentId: withJs.id, meetingId: insertMeeting(db).id }).run();

    expect(titles(db, staff, { visibilite: "members" })).toEqual([members.title]);
    expect(titles(db, staff, { theme: "emploi" })).toEqual(["Simple"]);
    expect(titles(db, staff, { usage: "utilise" })).toEqual(["Formulaire"]);
    expect(titles(db, staff, { usage: "inutilise" })).toEqual(["Simple", "Dossier", "Réservé"]);
    expect(titles(db, staff, { alerte: "javascript" })).toEqual(["Formulaire"]);
    expect(titles(db, staff, { alerte: "fichiers-joints" })).toEqual(["Dossier"]);
    expect(titles(db, staff, { alerte: "avec" })).toEqual(["Dossier", "Formulaire"]);
    expect(titles(db, staff, { alerte: "sans" })).toEqual(["Simple", "Réservé"]);
    const row = listDocumentsForStaff(db, staff, { q: "formulaire" }).items[0]!;
    expect(row.uses).toBe(2);
    expect(documentWarnings(row)).toEqual(["contient du JavaScript"]);
    expect(documentWarnings(withFiles)).toEqual(["contient des fichiers joints"]);
  });

  it("sorts by title, size and downloads, both ways", () => {
    const { db, staff, doc } = setup();
    doc("Bêta", { downloadCount: 5 });
    doc("alpha", { downloadCount: 1 });
    doc("Gamma", { downloadCount: 3 });
    expect(titles(db, staff, { tri: "titre" })).toEqual(["alpha", "Bêta", "Gamma"]);
    expect(titles(db, staff, { tri: "titre", ordre: "desc" })).toEqual(["Gamma", "Bêta", "alpha"]);
    expect(titles(db, staff, { tri: "taille" })).toEqual(["Gamma", "alpha", "Bêta"]);
    expect(titles(db, staff, { tri: "telechargements" })).toEqual(["Bêta", "Gamma", "alpha"]);
    expect(titles(db, staff, { tri: "telechargements", ordre: "asc" })).toEqual(["alpha", "Gamma", "Bêta"]);
  });

  it("pages the results and counts them, even past the end", () => {
    const { db, staff, doc } = setup();
    for (let i = 0; i < STAFF_DOCUMENTS_PER_PAGE + 2; i++) doc(`Document ${i}`);
    expect(listDocumentsForStaff(db, staff, { page: 2 })).toMatchObject({ total: STAFF_DOCUMENTS_PER_PAGE + 2, page: 2 });
    expect(listDocumentsForStaff(db, staff, { page: 2 }).items).toHaveLength(2);
    expect(listDocumentsForStaff(db, staff, { page: 9 })).toMatchObject({ total: STAFF_DOCUMENTS_PER_PAGE + 2, items: [] });
  });

  it("is for staff only, checked in the database", () => {
    const { db } = setup();
    expect(refusal(() => listDocumentsForStaff(db, { userId: insertUser(db, "member").id }, {})).code).toBe("forbidden");
  });
});
