import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { reports } from "@/lib/publications/schema";
import { themes } from "@/lib/themes/schema";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { attachments, documentThemes, documents } from "./schema";
import { deleteDocument, describeDocumentUses, findDocumentForStaff, updateDocument } from "./editing";

beforeAll(() => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "irev-editing-"));
});

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const doc = (title: string, storageName = `${title}.pdf`) => {
    writeFileSync(path.join(process.env.UPLOAD_DIR!, storageName), "%PDF-1.4");
    return db.insert(documents).values({ title, originalFilename: `${title}.pdf`, storageName, mimeType: "application/pdf", sizeBytes: 8, sha256: storageName }).returning().get();
  };
  return { db, staff, doc };
}

const audit = (db: ReturnType<typeof freshDatabase>, id: string) => db.select().from(auditLog).where(eq(auditLog.entityId, id)).all();

describe("updateDocument", () => {
  it("saves the fields and themes, audited before and after", () => {
    const { db, staff, doc } = setup();
    const document = doc("Ancien titre");
    const [a, b] = ["emploi", "sante"].map((slug) => db.insert(themes).values({ slug, name: slug }).returning().get());
    db.insert(documentThemes).values({ documentId: document.id, themeId: a!.id }).run();
    updateDocument(db, staff, document.id, { title: "  Nouveau titre ", description: "Résumé", visibility: "members", themeIds: [b!.id, b!.id] });
    const found = findDocumentForStaff(db, staff, document.id)!;
    expect(found.document).toMatchObject({ title: "Nouveau titre", description: "Résumé", visibility: "members" });
    expect(found.themeIds).toEqual([b!.id]);
    const [entry] = audit(db, document.id);
    expect(entry).toMatchObject({ action: "document.update", actorId: staff.userId });
    expect(entry!.details).toMatchObject({ before: { title: "Ancien titre", visibility: "public", themeIds: [a!.id] }, after: { title: "Nouveau titre", visibility: "members", themeIds: [b!.id] } });
  });

  it("refuses an empty title, a theme that no longer exists, and staff-less actors", () => {
    const { db, staff, doc } = setup();
    const document = doc("Titre");
    expect(() => updateDocument(db, staff, document.id, { title: " ", description: "", visibility: "public", themeIds: [] })).toThrow();
    expect(refusal(() => updateDocument(db, staff, document.id, { title: "T", description: "", visibility: "public", themeIds: ["disparue"] })).fieldErrors).toEqual({
      themeIds: "Une thématique choisie n'existe plus : rechargez la page.",
    });
    expect(refusal(() => updateDocument(db, { userId: insertUser(db, "member").id }, document.id, { title: "T", description: "", visibility: "public", themeIds: [] })).code).toBe("forbidden");
    expect(db.select().from(documents).where(eq(documents.id, document.id)).get()!.title).toBe("Titre");
  });
});

describe("deleteDocument", () => {
  it("refuses while attached, listing where, then detaches and deletes when asked", () => {
    const { db, staff, doc } = setup();
    const document = doc("Programme");
    const other = doc("Annexe");
    const meeting = insertMeeting(db, { title: "Rencontre de Noyon" });
    const report = db.insert(reports).values({ kind: "compte_rendu", title: "CR Noyon", slug: "cr-noyon" }).returning().get();
    db.insert(attachments).values([
      { documentId: document.id, meetingId: meeting.id, position: 0 },
      { documentId: other.id, meetingId: meeting.id, position: 1 },
      { documentId: document.id, reportId: report.id, position: 0 },
    ]).run();

    const refused = refusal(() => deleteDocument(db, staff, document.id, { detach: false }));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toContain("la rencontre « Rencontre de Noyon » et la publication « CR Noyon »");
    expect(refused.fieldErrors.detach).toBeDefined();
    expect(existsSync(path.join(process.env.UPLOAD_DIR!, "Programme.pdf"))).toBe(true);

    const outcome = deleteDocument(db, staff, document.id, { detach: true });
    expect(outcome).toMatchObject({ title: "Programme", fileRemoved: true });
    expect(describeDocumentUses(outcome.uses)).toBe("la rencontre « Rencontre de Noyon » et la publication « CR Noyon »");
    expect(db.select().from(documents).where(eq(documents.id, document.id)).get()).toBeUndefined();
    expect(db.select({ documentId: attachments.documentId, position: attachments.position }).from(attachments).all()).toEqual([{ documentId: other.id, position: 0 }]);
    expect(existsSync(path.join(process.env.UPLOAD_DIR!, "Programme.pdf"))).toBe(false);
    expect(audit(db, document.id)[0]).toMatchObject({ action: "document.delete", details: { fileRemoved: true, detachedFrom: { meetings: [meeting.id], reports: [report.id] } } });
  });

  it("keeps the stored file while another document with the same content uses it", () => {
    const { db, staff, doc } = setup();
    const first = doc("Premier", "partage.pdf");
    const second = doc("Second", "partage.pdf");
    expect(deleteDocument(db, staff, first.id, { detach: false }).fileRemoved).toBe(false);
    expect(existsSync(path.join(process.env.UPLOAD_DIR!, "partage.pdf"))).toBe(true);
    expect(deleteDocument(db, staff, second.id, { detach: false }).fileRemoved).toBe(true);
    expect(existsSync(path.join(process.env.UPLOAD_DIR!, "partage.pdf"))).toBe(false);
  });

  it("is for staff only, and says when the document is already gone", () => {
    const { db, staff, doc } = setup();
    const document = doc("Seul");
    expect(refusal(() => deleteDocument(db, { userId: insertUser(db, "member").id }, document.id, { detach: true })).code).toBe("forbidden");
    deleteDocument(db, staff, document.id, { detach: false });
    expect(refusal(() => deleteDocument(db, staff, document.id, { detach: false })).code).toBe("not_found");
  });
});
