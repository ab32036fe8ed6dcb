import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import type { Db } from "@/db/open";
import { refusal } from "@/tests/refusal";
import { auditLog } from "@/lib/audit/schema";
import { contacts, contactThemes } from "@/lib/contacts/schema";
import { documents, documentThemes } from "@/lib/documents/schema";
import { meetingThemes } from "@/lib/meetings/schema";
import { reports, reportThemes } from "@/lib/publications/schema";
import { users } from "@/lib/people/schema";
import { describeThemeUses, listThemesWithUses } from "./queries";
import { createTheme, deleteTheme, mergeThemes, moveTheme, updateTheme } from "./service";
import { themes } from "./schema";

const codeOf = (run: () => unknown) => refusal(run).code;

function themesOf(db: Db, meetingId: string) {
  return db.select({ themeId: meetingThemes.themeId }).from(meetingThemes).where(eq(meetingThemes.meetingId, meetingId)).all().map((row) => row.themeId);
}

/** Two themes; a meeting with the old one only, a meeting with both, and a report, a document and a contact with the old one. */
function taxonomy(db: Db) {
  const staff = insertUser(db, "staff");
  const actor = { userId: staff.id };
  const kept = createTheme(db, actor, { name: "Emploi", description: null });
  const old = createTheme(db, actor, { name: "Développement économique", description: "Ancienne" });
  const onlyOld = insertMeeting(db);
  const both = insertMeeting(db);
  db.insert(meetingThemes).values([{ meetingId: onlyOld.id, themeId: old.id }, { meetingId: both.id, themeId: old.id }, { meetingId: both.id, themeId: kept.id }]).run();
  const report = db.insert(reports).values({ kind: "compte_rendu", title: "CR", slug: "cr", status: "published" }).returning().get();
  db.insert(reportThemes).values({ reportId: report.id, themeId: old.id }).run();
  const document = db
    .insert(documents)
    .values({ title: "Doc", originalFilename: "doc.pdf", storageName: "doc", mimeType: "application/pdf", sizeBytes: 10, sha256: "x" })
    .returning()
    .get();
  db.insert(documentThemes).values({ documentId: document.id, themeId: old.id }).run();
  const contact = db.insert(contacts).values({ name: "Référent" }).returning().get();
  db.insert(contactThemes).values({ contactId: contact.id, themeId: old.id }).run();
  return { staff, actor, kept, old, onlyOld, both, report, document, contact };
}

describe("themes", () => {
  it("makes a unique slug from the name at creation and keeps it through renames", () => {
    const db = freshDatabase();
    const actor = { userId: insertUser(db, "staff").id };
    const theme = createTheme(db, actor, { name: "Égalité, citoyenneté", description: null });
    expect(theme.slug).toBe("egalite-citoyennete");
    expect(createTheme(db, actor, { name: "Egalite citoyennete !", description: null }).slug).toBe("egalite-citoyennete-2");
    expect(codeOf(() => createTheme(db, actor, { name: "ÉGALITÉ, CITOYENNETÉ", description: null }))).toBe("conflict");
    const renamed = updateTheme(db, actor, theme.id, { name: "Égalité des chances", description: "Nouvelle description" });
    expect(renamed).toMatchObject({ slug: "egalite-citoyennete", name: "Égalité des chances", description: "Nouvelle description" });
  });

  it("counts what uses each theme and says it in French", () => {
    const db = freshDatabase();
    const { old, kept } = taxonomy(db);
    const listed = listThemesWithUses(db);
    expect(listed.find((t) => t.id === old.id)).toMatchObject({ meetings: 2, reports: 1, documents: 1, contacts: 1 });
    expect(describeThemeUses(listed.find((t) => t.id === old.id)!)).toBe("Utilisée par 2 rencontres, 1 publication, 1 document et 1 contact");
    expect(describeThemeUses(listed.find((t) => t.id === kept.id)!)).toBe("Utilisée par 1 rencontre");
    expect(describeThemeUses({ meetings: 0, reports: 0, documents: 0, contacts: 0 })).toBe("Utilisée nulle part");
  });

  it("merges: everything moves to the kept theme, once even where both were set, the old one is gone, and it is audited", () => {
    const db = freshDatabase();
    const { actor, staff, kept, old, onlyOld, both, report, document, contact } = taxonomy(db);
    const outcome = mergeThemes(db, actor, old.id, kept.id);
    expect(outcome.moved).toBe(5);
    expect(themesOf(db, onlyOld.id)).toEqual([kept.id]);
    expect(themesOf(db, both.id)).toEqual([kept.id]);
    expect(db.select().from(reportThemes).where(eq(reportThemes.reportId, report.id)).all()).toEqual([{ reportId: report.id, themeId: kept.id }]);
    expect(db.select().from(documentThemes).where(eq(documentThemes.documentId, document.id)).all()).toEqual([{ documentId: document.id, themeId: kept.id }]);
    expect(db.select().from(contactThemes).where(eq(contactThemes.contactId, contact.id)).all()).toEqual([{ contactId: contact.id, themeId: kept.id }]);
    expect(db.select().from(themes).where(eq(themes.id, old.id)).get()).toBeUndefined();
    const audit = db.select().from(auditLog).where(eq(auditLog.action, "theme.merge")).get();
    expect(audit).toMatchObject({ actorId: staff.id, entityType: "theme", entityId: kept.id });
    expect(audit?.details).toMatchObject({ removed: { id: old.id, name: "Développement économique" }, items: { meetings: expect.arrayContaining([onlyOld.id, both.id]) } });
    expect(codeOf(() => mergeThemes(db, actor, kept.id, kept.id))).toBe("validation_failed");
    expect(codeOf(() => mergeThemes(db, actor, old.id, kept.id))).toBe("not_found");
  });

  it("merges all or nothing: a failure halfway leaves every link and both themes as they were", () => {
    const db = freshDatabase();
    const { actor, kept, old, onlyOld, both } = taxonomy(db);
    /* The last step of the merge fails: what it already moved must come back. */
    db.run(sql.raw("create trigger refuse_theme_delete before delete on themes begin select raise(abort, 'refusé'); end"));
    expect(() => mergeThemes(db, actor, old.id, kept.id)).toThrow(/refusé/);
    expect(themesOf(db, onlyOld.id)).toEqual([old.id]);
    expect(themesOf(db, both.id).sort()).toEqual([old.id, kept.id].sort());
    expect(db.select().from(themes).all()).toHaveLength(2);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "theme.merge")).all()).toEqual([]);
  });

  it("refuses to delete a theme in use, saying what uses it; deletes an unused one, audited", () => {
    const db = freshDatabase();
    const { actor, old, staff } = taxonomy(db);
    expect(() => deleteTheme(db, actor, old.id)).toThrow(
      "« Développement économique » ne peut pas être supprimée : utilisée par 2 rencontres, 1 publication, 1 document et 1 contact. Fusionnez-la avec une autre thématique, qui la remplacera partout.",
    );
    const unused = createTheme(db, actor, { name: "Numérique", description: null });
    deleteTheme(db, actor, unused.id);
    expect(db.select().from(themes).where(eq(themes.id, unused.id)).get()).toBeUndefined();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "theme.delete")).get()).toMatchObject({ actorId: staff.id, entityId: unused.id });
  });

  it("reorders one step at a time, refusing to go past either end", () => {
    const db = freshDatabase();
    const actor = { userId: insertUser(db, "staff").id };
    const [a, b, c] = ["A", "B", "C"].map((name) => createTheme(db, actor, { name, description: null }));
    expect(moveTheme(db, actor, c!.id, "up")).toMatchObject({ position: 2, count: 3 });
    expect(listThemesWithUses(db).map((t) => t.name)).toEqual(["A", "C", "B"]);
    expect(codeOf(() => moveTheme(db, actor, a!.id, "up"))).toBe("conflict");
    expect(moveTheme(db, actor, a!.id, "down").position).toBe(2);
    expect(listThemesWithUses(db).map((t) => t.name)).toEqual(["C", "A", "B"]);
    expect(codeOf(() => moveTheme(db, actor, b!.id, "down"))).toBe("conflict");
  });

  it("checks the actor's role in the database at the time of the write", () => {
    const db = freshDatabase();
    const { actor, old, kept, staff } = taxonomy(db);
    const member = { userId: insertUser(db, "member").id };
    expect(codeOf(() => createTheme(db, member, { name: "Santé", description: null }))).toBe("forbidden");
    expect(codeOf(() => mergeThemes(db, member, old.id, kept.id))).toBe("forbidden");
    expect(codeOf(() => deleteTheme(db, member, kept.id))).toBe("forbidden");
    expect(codeOf(() => moveTheme(db, member, kept.id, "down"))).toBe("forbidden");
    db.update(users).set({ role: "member" }).where(eq(users.id, staff.id)).run();
    expect(codeOf(() => updateTheme(db, actor, kept.id, { name: "Emploi", description: null }))).toBe("forbidden");
    expect(db.select().from(themes).all()).toHaveLength(2);
  });
});
