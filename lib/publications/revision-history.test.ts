import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { auditLog } from "@/lib/audit/schema";
import { documents } from "@/lib/documents/schema";
import { meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { getPublishedReportBySlug } from "./queries";
import { compareRevisions, listRevisions, restoreRevision, textDiff, type FieldChange } from "./revision-history";
import { reportFields, type ReportFields } from "./revisions";
import { reportRevisions, reports } from "./schema";
import { publishReport, saveWorkingVersion, workingVersion } from "./versions";

function insertDocument(db: Db, title: string) {
  return db
    .insert(documents)
    .values({ title, originalFilename: "f.pdf", storageName: `${title}.pdf`, mimeType: "application/pdf", sizeBytes: 10, sha256: title })
    .returning()
    .get();
}

function setUp() {
  const db = freshDatabase();
  const staff = insertUser(db, "staff", { givenName: "Claire", familyName: "Martin" });
  const admin = insertUser(db, "admin", { givenName: "Paul", familyName: "Durand" });
  const member = insertUser(db, "member");
  const emploi = db.insert(themes).values({ slug: "emploi", name: "Emploi" }).returning().get();
  const habitat = db.insert(themes).values({ slug: "habitat", name: "Habitat" }).returning().get();
  const report = db.insert(reports).values({ kind: "compte_rendu", title: "Réunion de Noyon", slug: "reunion-noyon" }).returning().get();
  const base: ReportFields = { ...reportFields(db, report.id)!, body: "Premier paragraphe.", themeIds: [emploi.id] };
  let minute = 0;
  /** Saves through the versioning rule, a minute after the previous save. */
  const save = (fields: ReportFields, authorId: string | null = staff.id) =>
    db.transaction((tx) => saveWorkingVersion(tx, report.id, fields, authorId, parisInstant(2026, 11, 30, 10, minute++))).revisionId;
  return { db, staff, admin, member, habitat, report, base, save };
}

/** The change of one field, of that field's kind. */
type ChangeOf<F> = FieldChange extends infer C ? (C extends { field: infer G } ? (F extends G ? C : never) : never) : never;
const changeOf = <F extends FieldChange["field"]>(changes: FieldChange[], field: F) => changes.find((c) => c.field === field) as ChangeOf<F>;

describe("revision history", () => {
  it("lists a report's revisions newest first, numbered, with their author and which are published and pending", () => {
    const { db, staff, admin, report, base, save } = setUp();
    const first = save(base);
    const second = save({ ...base, title: "Réunion de Noyon du 11 mai" }, admin.id);
    const actor = { userId: staff.id };
    expect(listRevisions(db, actor, report.id)!.revisions.map((r) => [r.id, r.number, r.authorName, r.state, r.working])).toEqual([
      [second, 2, "Paul Durand", null, true],
      [first, 1, "Claire Martin", null, false],
    ]);

    db.transaction((tx) => publishReport(tx, report.id, parisInstant(2026, 11, 30, 11)));
    const third = save({ ...base, body: "Texte revu." }, null);
    const history = listRevisions(db, actor, report.id)!;
    expect(history.report).toMatchObject({ title: "Réunion de Noyon", status: "published", pendingStatus: "draft" });
    expect(history.revisions.map((r) => [r.id, r.authorName, r.state, r.working])).toEqual([
      [third, null, "pending", true],
      [second, "Paul Durand", "published", false],
      [first, "Claire Martin", null, false],
    ]);
    expect(history.revisions[0]!.createdAt).toEqual(parisInstant(2026, 11, 30, 10, 2));

    /* Publishing the pending version makes it the published one. */
    db.transaction((tx) => publishReport(tx, report.id, parisInstant(2026, 11, 30, 12)));
    expect(listRevisions(db, actor, report.id)!.revisions.map((r) => r.state)).toEqual(["published", null, null]);
  });

  it("is for staff only, role read in the database, and knows nothing of an unknown report or another report's revision", () => {
    const { db, staff, member, report, base, save } = setUp();
    const own = save(base);
    const other = db.insert(reports).values({ kind: "actualite", title: "Autre", slug: "autre" }).returning().get();
    const foreign = db.transaction((tx) => saveWorkingVersion(tx, other.id, reportFields(tx, other.id)!, null)).revisionId;
    expect(refusal(() => listRevisions(db, { userId: member.id }, report.id)).code).toBe("forbidden");
    expect(refusal(() => compareRevisions(db, { userId: member.id }, report.id, own, own)).code).toBe("forbidden");
    db.update(users).set({ role: "member" }).where(eq(users.id, staff.id)).run();
    expect(refusal(() => listRevisions(db, { userId: staff.id }, report.id)).code).toBe("forbidden");
    expect(listRevisions(db, "operator", "inconnu")).toBeNull();
    expect(compareRevisions(db, "operator", report.id, own, foreign)).toBeNull();
    expect(compareRevisions(db, "operator", report.id, "inconnue", own)).toBeNull();
  });

  it("compares two revisions field by field: word diffs of the texts, values before and after, themes and documents by name", () => {
    const { db, staff, habitat, report, base, save } = setUp();
    const noyon = insertMeeting(db, { title: "Réseau de Noyon", startsAt: parisInstant(2017, 5, 11, 9) });
    const [plan, annexe, liste, ancien] = ["Plan", "Annexe", "Liste", "Ancien"].map((title) => insertDocument(db, title));
    const from = save({
      ...base,
      body: "Les chefs de projet se sont réunis à Noyon.",
      sourceName: "ANRU",
      attachments: [
        { documentId: plan!.id, label: "Plan" },
        { documentId: annexe!.id, label: null },
        { documentId: liste!.id, label: "Liste" },
        { documentId: ancien!.id, label: null },
      ],
    });
    const to = save({
      ...base,
      title: "Réunion du réseau de Noyon",
      kind: "actualite",
      body: "Les chefs de projet se sont retrouvés à Noyon.",
      meetingId: noyon.id,
      visibility: "members",
      sourceName: "ANRU",
      sourceUrl: "https://www.anru.fr/",
      themeIds: [habitat.id],
      attachments: [
        { documentId: annexe!.id, label: "Annexe 1" },
        { documentId: plan!.id, label: "Plan" },
        { documentId: liste!.id, label: "Liste" },
        { documentId: insertDocument(db, "Nouveau").id, label: null },
      ],
    });
    const comparison = compareRevisions(db, { userId: staff.id }, report.id, from, to)!;
    expect([comparison.from.number, comparison.to.number]).toEqual([1, 2]);
    expect(comparison.changes.map((c) => c.label)).toEqual(["Titre", "Type", "Texte", "Rencontre liée", "Visibilité", "Source", "Thématiques", "Fichiers joints"]);
    expect(comparison.unchanged).toEqual(["Adresse", "Résumé"]);
    expect(changeOf(comparison.changes, "title").parts).toEqual([
      { type: "same", text: "Réunion " },
      { type: "added", text: "du réseau " },
      { type: "same", text: "de Noyon" },
    ]);
    const body = changeOf(comparison.changes, "body").parts;
    expect(body.filter((p) => p.type === "removed" || p.type === "added")).toEqual([
      { type: "removed", text: "réunis" },
      { type: "added", text: "retrouvés" },
    ]);
    expect(changeOf(comparison.changes, "kind")).toMatchObject({ before: "Compte rendu", after: "Actualité" });
    expect(changeOf(comparison.changes, "meeting")).toMatchObject({ before: "aucune", after: "Réseau de Noyon (11/05/2017)" });
    expect(changeOf(comparison.changes, "visibility")).toMatchObject({ before: "Public", after: "Réservé aux membres" });
    expect(changeOf(comparison.changes, "source")).toMatchObject({ before: "ANRU", after: "ANRU — https://www.anru.fr/" });
    expect(changeOf(comparison.changes, "themes")).toMatchObject({ added: ["Habitat"], removed: ["Emploi"] });
    expect(changeOf(comparison.changes, "attachments")).toMatchObject({
      added: ["Nouveau"],
      removed: ["Ancien"],
      relabelled: [{ title: "Annexe", before: "sans libellé", after: "Annexe 1" }],
      reordered: { before: ["Plan", "Annexe", "Liste"], after: ["Annexe", "Plan", "Liste"] },
    });

    /* Either way round, and a deleted document is still named as such. */
    db.delete(documents).where(eq(documents.id, ancien!.id)).run();
    const back = compareRevisions(db, "operator", report.id, to, from)!;
    expect(changeOf(back.changes, "attachments").added).toEqual(["document supprimé"]);
    expect(changeOf(back.changes, "meeting")).toMatchObject({ before: "Réseau de Noyon (11/05/2017)", after: "aucune" });
  });

  it("keeps only the lines around each change of a long text", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Ligne ${i + 1}.`);
    const after = [...lines];
    after[9] = "Ligne dix.";
    const parts = textDiff(lines.join("\n"), after.join("\n"), { multiline: true });
    expect(parts).toEqual([
      { type: "skipped", lines: 7 },
      { type: "same", text: "Ligne 8.\nLigne 9.\nLigne " },
      { type: "removed", text: "10" },
      { type: "added", text: "dix" },
      { type: "same", text: ".\nLigne 11.\nLigne 12.\n" },
      { type: "skipped", lines: 8 },
    ]);
    expect(textDiff("court", "court", { multiline: true })).toEqual([{ type: "same", text: "court" }]);
  });
});

describe("restoring a revision", () => {
  it("gives a draft the old fields directly, as a new revision by the actor, audited", () => {
    const { db, staff, habitat, report, base, save } = setUp();
    const old = save(base);
    save({ ...base, title: "Nouveau titre", slug: "nouveau-titre", body: "Autre texte.", themeIds: [habitat.id] });
    const outcome = restoreRevision(db, { userId: staff.id }, report.id, old);
    expect(outcome).toMatchObject({ restored: { number: 1, createdAt: parisInstant(2026, 11, 30, 10, 0) }, pending: false, leftOut: [] });
    expect(reportFields(db, report.id)).toEqual(base);
    const history = listRevisions(db, "operator", report.id)!;
    expect(history.revisions.map((r) => [r.number, r.authorName])).toEqual([[3, "Claire Martin"], [2, "Claire Martin"], [1, "Claire Martin"]]);
    expect(history.revisions[0]!.id).toBe(outcome.revisionId);
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, report.id)).all();
    expect(audit).toMatchObject([
      { actorId: staff.id, action: "report.restore", entityType: "report", details: { restoredRevisionId: old, revisionId: outcome.revisionId, pending: false } },
    ]);
  });

  it("gives a published report the old fields as its pending version; readers keep the published text", () => {
    const { db, staff, report, base, save } = setUp();
    const old = save({ ...base, body: "Version une." });
    save({ ...base, body: "Version deux." });
    db.transaction((tx) => publishReport(tx, report.id, parisInstant(2026, 11, 30, 11)));
    const outcome = restoreRevision(db, { userId: staff.id }, report.id, old);
    expect(outcome.pending).toBe(true);
    expect(getPublishedReportBySlug(db, "reunion-noyon", null)).toMatchObject({ report: { body: "Version deux." } });
    expect(workingVersion(db, report.id)).toMatchObject({ body: "Version une." });
    expect(listRevisions(db, "operator", report.id)!.revisions.map((r) => r.state)).toEqual(["pending", "published", null]);
  });

  it("leaves out what was deleted since and a slug taken since, and says so", () => {
    const { db, staff, habitat, report, base, save } = setUp();
    const meeting = insertMeeting(db);
    const document = insertDocument(db, "Plan");
    const old = save({ ...base, body: "Texte d'origine.", slug: "ancienne-adresse", meetingId: meeting.id, themeIds: [habitat.id, base.themeIds[0]!], attachments: [{ documentId: document.id, label: null }] });
    save({ ...base, slug: "adresse-actuelle" });
    db.delete(themes).where(eq(themes.id, habitat.id)).run();
    db.delete(documents).where(eq(documents.id, document.id)).run();
    db.delete(meetings).where(eq(meetings.id, meeting.id)).run();
    db.insert(reports).values({ kind: "actualite", title: "Autre", slug: "ancienne-adresse" }).run();
    const outcome = restoreRevision(db, { userId: staff.id }, report.id, old);
    expect(outcome.leftOut).toEqual([
      "1 thématique supprimée depuis",
      "1 document supprimé depuis",
      "la rencontre liée, supprimée depuis",
      "l'adresse « ancienne-adresse », prise depuis par un autre compte rendu",
    ]);
    expect(reportFields(db, report.id)).toMatchObject({ body: "Texte d'origine.", slug: "adresse-actuelle", meetingId: null, themeIds: base.themeIds, attachments: [] });
  });

  it("is refused to members, for another report's revision, and when it would change nothing; nothing is written", () => {
    const { db, staff, member, report, base, save } = setUp();
    const old = save(base);
    const other = db.insert(reports).values({ kind: "actualite", title: "Autre", slug: "autre" }).returning().get();
    const foreign = db.transaction((tx) => saveWorkingVersion(tx, other.id, reportFields(tx, other.id)!, null)).revisionId;
    expect(refusal(() => restoreRevision(db, { userId: member.id }, report.id, old)).code).toBe("forbidden");
    expect(refusal(() => restoreRevision(db, { userId: staff.id }, report.id, foreign)).code).toBe("not_found");
    const same = refusal(() => restoreRevision(db, { userId: staff.id }, report.id, old));
    expect([same.code, same.message]).toEqual(["conflict", "La version 1 est identique à la version de travail\u00a0: rien à restaurer."]);
    expect(db.select().from(reportRevisions).where(eq(reportRevisions.reportId, report.id)).all()).toHaveLength(1);
    expect(db.select().from(auditLog).all()).toEqual([]);
  });
});
