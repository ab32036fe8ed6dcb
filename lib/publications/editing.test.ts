import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { documents } from "@/lib/documents/schema";
import { themes } from "@/lib/themes/schema";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { createReport, reportFormValues, updateReport, type ReportFormInput } from "./editing";
import { getPublishedReportBySlug } from "./queries";
import { reportRevisions, reports } from "./schema";
import { publishReport, workingVersion } from "./versions";

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const theme = db.insert(themes).values({ slug: "emploi", name: "Emploi" }).returning().get();
  const document = (title: string) =>
    db
      .insert(documents)
      .values({ title, originalFilename: `${title}.pdf`, storageName: title, mimeType: "application/pdf", sizeBytes: 10, sha256: title })
      .returning()
      .get();
  const form = (overrides: ReportFormInput = {}): ReportFormInput => ({ kind: "actualite", title: "Circulaire du 22 décembre 2017", visibility: "public", body: "Texte", ...overrides });
  return { db, staff, theme, document, form };
}

describe("createReport", () => {
  it("creates a draft at an address made from its title, keeps its first revision, and audits it", () => {
    const { db, staff, theme, document, form } = setup();
    const [programme, annexe] = [document("Programme"), document("Annexe")];
    const meeting = insertMeeting(db);
    const created = createReport(
      db,
      staff,
      form({ themeIds: [theme.id], meetingId: meeting.id, attachmentDocumentId: [annexe.id, programme.id], attachmentLabel: ["", "Le programme"], sourceUrl: "https://www.legifrance.gouv.fr/circulaire" }),
    );
    expect(created.slug).toBe("circulaire-du-22-decembre-2017");
    expect(workingVersion(db, created.id)).toMatchObject({
      title: "Circulaire du 22 décembre 2017",
      meetingId: meeting.id,
      themeIds: [theme.id],
      attachments: [
        { documentId: annexe.id, label: null },
        { documentId: programme.id, label: "Le programme" },
      ],
      sourceUrl: "https://www.legifrance.gouv.fr/circulaire",
    });
    expect(db.select().from(reports).where(eq(reports.id, created.id)).get()).toMatchObject({ status: "draft", authorId: staff.userId });
    expect(db.select().from(reportRevisions).where(eq(reportRevisions.reportId, created.id)).all()).toHaveLength(1);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "report.create")).get()).toMatchObject({ entityId: created.id, actorId: staff.userId });
    expect(createReport(db, staff, form()).slug).toBe("circulaire-du-22-decembre-2017-2");
  });

  it("refuses with a French message per field, and refuses members", () => {
    const { db, staff, document, form } = setup();
    const pdf = document("Programme");
    const error = refusal(() =>
      createReport(db, staff, form({ title: " ", kind: "roman", visibility: "", sourceUrl: "javascript:alert(1)", attachmentDocumentId: [pdf.id, pdf.id], attachmentLabel: ["", ""] })),
    );
    expect(error.fieldErrors).toMatchObject({
      title: "Indiquez le titre.",
      kind: "Choisissez le type de ressource.",
      visibility: "Choisissez qui peut lire la ressource.",
      sourceUrl: expect.stringMatching(/adresse web complète/),
    });
    expect(refusal(() => createReport(db, staff, form({ meetingId: "inconnue", attachmentDocumentId: ["inconnu"] }))).fieldErrors).toEqual({
      meetingId: "Choisissez une rencontre de la liste.",
      attachments: expect.stringMatching(/n'existe plus/),
    });
    expect(refusal(() => createReport(db, staff, form({ attachmentDocumentId: [pdf.id, pdf.id] }))).fieldErrors).toEqual({ attachments: expect.stringMatching(/joint deux fois/) });
    expect(refusal(() => createReport(db, { userId: insertUser(db, "member").id }, form())).code).toBe("forbidden");
    expect(db.select().from(reports).all()).toHaveLength(0);
  });
});

describe("updateReport", () => {
  it("a draft follows its title; once published, the address is fixed and the change waits as the next version; what changed is audited", () => {
    const { db, staff, form } = setup();
    const { id } = createReport(db, staff, form());
    updateReport(db, staff, id, form({ title: "Circulaire relative à la politique de la ville" }));
    expect(db.select().from(reports).where(eq(reports.id, id)).get()!.slug).toBe("circulaire-relative-a-la-politique-de-la-ville");

    db.transaction((tx) => publishReport(tx, id, new Date("2026-11-02T09:00:00Z")));
    const saved = updateReport(db, staff, id, form({ title: "Nouveau titre", body: "Texte révisé" }));
    expect(saved).toEqual({ changed: true, pending: true });
    expect(workingVersion(db, id)).toMatchObject({ title: "Nouveau titre", slug: "circulaire-relative-a-la-politique-de-la-ville", body: "Texte révisé" });
    expect(getPublishedReportBySlug(db, "circulaire-relative-a-la-politique-de-la-ville", null)).toMatchObject({ report: { body: "Texte" } });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, "report.update")).all().at(-1)!;
    expect(audit.details).toEqual({
      changes: { title: { before: "Circulaire relative à la politique de la ville", after: "Nouveau titre" }, body: { before: "5 caractères", after: "12 caractères" } },
      pendingVersion: true,
    });
    expect(updateReport(db, staff, id, form({ title: "Nouveau titre", body: "Texte révisé" }))).toEqual({ changed: false, pending: true });
    expect(reportFormValues(workingVersion(db, id)!)).toMatchObject({ title: "Nouveau titre", themeIds: "", meetingId: "" });
  });
});
