import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { attachDocument, detachDocument, listMeetingAttachments, moveAttachment, relabelAttachment, searchDocuments } from "./attachments";
import { listAttachments } from "./queries";
import { attachments, documents } from "./schema";

function setup() {
  const db = freshDatabase();
  const meeting = insertMeeting(db);
  const staff = { userId: insertUser(db, "staff").id };
  const doc = (title: string) =>
    db.insert(documents).values({ title, originalFilename: `${title}.pdf`, storageName: title, mimeType: "application/pdf", sizeBytes: 1000, sha256: title }).returning().get();
  return { db, meeting, staff, docs: ["Programme", "Présentation Égalité", "Liste des participants", "Annexe"].map(doc) };
}

describe("meeting attachments", () => {
  it("finds library documents by title, accents and case aside", () => {
    const { db } = setup();
    expect(searchDocuments(db, "egalite").map((d) => d.title)).toEqual(["Présentation Égalité"]);
    expect(searchDocuments(db, "LISTE particip").map((d) => d.title)).toEqual(["Liste des participants"]);
  });

  it("attaches in order with labels, moves and detaches keeping positions contiguous", () => {
    const { db, meeting, staff, docs } = setup();
    const [a, b, c, d] = docs.map((doc, i) => attachDocument(db, staff, meeting.id, doc.id, i === 0 ? "Programme de la journée" : ""));
    expect(refusal(() => attachDocument(db, staff, meeting.id, docs[1]!.id, "")).fieldErrors).toEqual({ documentId: "« Présentation Égalité » est déjà joint à cette rencontre." });
    expect(moveAttachment(db, staff, meeting.id, a!.id, "down")).toMatchObject({ title: "Programme de la journée", position: 2, total: 4 });
    expect(refusal(() => moveAttachment(db, staff, meeting.id, d!.id, "down")).code).toBe("conflict");
    relabelAttachment(db, staff, meeting.id, c!.id, "Participants");
    detachDocument(db, staff, meeting.id, b!.id);
    expect(listMeetingAttachments(db, meeting.id).map((x) => [x.title, x.label])).toEqual([
      ["Programme", "Programme de la journée"],
      ["Liste des participants", "Participants"],
      ["Annexe", null],
    ]);
    const positions = db.select({ position: attachments.position }).from(attachments).where(eq(attachments.meetingId, meeting.id)).all();
    expect(positions.map((p) => p.position).sort()).toEqual([0, 1, 2]);
    /* The public page reads the same order. */
    expect(listAttachments(db, { meetingId: meeting.id }).map((x) => x.label ?? x.title)).toEqual(["Programme de la journée", "Participants", "Annexe"]);
    expect(db.select().from(documents).all()).toHaveLength(4);
    expect(db.select().from(auditLog).where(eq(auditLog.entityId, meeting.id)).all().map((e) => e.action)).toContain("attachment.delete");
  });

  it("checks the actor's role in the database and the owner of the attachment", () => {
    const { db, meeting, staff, docs } = setup();
    expect(refusal(() => attachDocument(db, { userId: insertUser(db, "member").id }, meeting.id, docs[0]!.id, "")).code).toBe("forbidden");
    const attached = attachDocument(db, staff, meeting.id, docs[0]!.id, "");
    const other = insertMeeting(db);
    expect(refusal(() => detachDocument(db, staff, other.id, attached.id)).code).toBe("not_found");
  });
});
