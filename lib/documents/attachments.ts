import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { reports } from "@/lib/publications/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { foldForSearch } from "@/lib/people/names";
import type { AttachmentOwner } from "./queries";
import { attachments, documents } from "./schema";

/** The label shown instead of the document's title ("Programme de la journée"); empty: the title. */
export const AttachmentLabel = z.string().trim().max(200, { error: "Le libellé fait 200 caractères au plus." });

/** A meeting's "Fichiers joints" as staff edit them, in order. */
export function listMeetingAttachments(db: Db, meetingId: string) {
  return db
    .select({
      id: attachments.id,
      documentId: documents.id,
      title: documents.title,
      originalFilename: documents.originalFilename,
      sizeBytes: documents.sizeBytes,
      visibility: documents.visibility,
      label: attachments.label,
    })
    .from(attachments)
    .innerJoin(documents, eq(documents.id, attachments.documentId))
    .where(eq(attachments.meetingId, meetingId))
    .orderBy(asc(attachments.position))
    .all();
}

export type MeetingAttachment = ReturnType<typeof listMeetingAttachments>[number];

/** Documents of the library whose title or file name holds the words typed, accents and case aside; at most `limit`. */
export function searchDocuments(db: Db, query: string, limit = 20) {
  const words = foldForSearch(query).split(" ").filter(Boolean);
  return db
    .select({ id: documents.id, title: documents.title, originalFilename: documents.originalFilename, visibility: documents.visibility })
    .from(documents)
    .orderBy(asc(documents.title))
    .all()
    .filter((document) => {
      const haystack = foldForSearch(`${document.title} ${document.originalFilename}`);
      return words.every((word) => haystack.includes(word));
    })
    .slice(0, limit);
}

function attachmentOf(tx: DbOrTx, attachmentId: string, meetingId: string) {
  const attachment = tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.meetingId, meetingId)))
    .get();
  if (!attachment) throw new DomainError("not_found", "Ce fichier n'est plus joint à la rencontre : rechargez la page.");
  return attachment;
}

function ownedBy(owner: AttachmentOwner) {
  return "meetingId" in owner ? eq(attachments.meetingId, owner.meetingId) : eq(attachments.reportId, owner.reportId);
}

function attachmentOrder(tx: DbOrTx, owner: AttachmentOwner): string[] {
  return tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(ownedBy(owner))
    .orderBy(asc(attachments.position))
    .all()
    .map((row) => row.id);
}

/** Positions 0…n-1 in this order. */
function renumber(tx: DbOrTx, order: string[]): void {
  order.forEach((id, position) => tx.update(attachments).set({ position }).where(eq(attachments.id, id)).run());
}

function titleOf(tx: DbOrTx, documentId: string): string {
  const document = tx.select({ title: documents.title }).from(documents).where(eq(documents.id, documentId)).get();
  if (!document) throw new DomainError("not_found", "Ce document n'existe plus dans la bibliothèque.", { documentId: "Ce document n'existe plus dans la bibliothèque." });
  return document.title;
}

function expire(meetingId: string, documentId: string) {
  invalidateCache([cacheTags.meeting(meetingId), cacheTags.documents, cacheTags.document(documentId)]);
}

/** Attaches a library document at the end of the meeting's files; a document is attached once. */
export function attachDocument(db: Db, actor: Actor, meetingId: string, documentId: string, rawLabel: string) {
  return attachDocumentTo(db, actor, { meetingId }, documentId, rawLabel);
}

/** The same for a meeting or a report (the API's way to attach imported PDFs). */
export function attachDocumentTo(db: Db, actor: Actor, owner: AttachmentOwner, documentId: string, rawLabel: string) {
  const label = AttachmentLabel.parse(rawLabel);
  const isMeeting = "meetingId" in owner;
  const ownerId = isMeeting ? owner.meetingId : owner.reportId;
  const where = isMeeting ? "cette rencontre" : "cette publication";
  const attached = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const exists = isMeeting
      ? tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, ownerId)).get()
      : tx.select({ id: reports.id }).from(reports).where(eq(reports.id, ownerId)).get();
    if (!exists) throw new DomainError("not_found", isMeeting ? "Cette rencontre n'existe plus." : "Cette publication n'existe plus.");
    const title = titleOf(tx, documentId);
    const existing = tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(ownedBy(owner), eq(attachments.documentId, documentId)))
      .get();
    if (existing) throw new DomainError("conflict", `« ${title} » est déjà joint à ${where}.`, { documentId: `« ${title} » est déjà joint à ${where}.` });
    const order = attachmentOrder(tx, owner);
    const row = tx.insert(attachments).values({ ...owner, documentId, position: order.length, label: label || null }).returning().get();
    renumber(tx, [...order, row.id]);
    recordAudit(tx, { actorId, action: "attachment.create", entityType: isMeeting ? "meeting" : "report", entityId: ownerId, details: { documentId, title, label } });
    return { ...row, title };
  });
  invalidateCache([isMeeting ? cacheTags.meeting(ownerId) : cacheTags.report(ownerId), cacheTags.documents, cacheTags.document(documentId)]);
  return attached;
}

export function relabelAttachment(db: Db, actor: Actor, meetingId: string, attachmentId: string, rawLabel: string) {
  const label = AttachmentLabel.parse(rawLabel);
  const changed = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const attachment = attachmentOf(tx, attachmentId, meetingId);
    tx.update(attachments).set({ label: label || null }).where(eq(attachments.id, attachmentId)).run();
    recordAudit(tx, { actorId, action: "attachment.update", entityType: "meeting", entityId: meetingId, details: { documentId: attachment.documentId, label } });
    return { documentId: attachment.documentId, title: label || titleOf(tx, attachment.documentId) };
  });
  expire(meetingId, changed.documentId);
  return changed;
}

/** Swaps a file with its neighbour; the outcome is what to announce (1-based position). */
export function moveAttachment(db: Db, actor: Actor, meetingId: string, attachmentId: string, direction: "up" | "down") {
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const attachment = attachmentOf(tx, attachmentId, meetingId);
    const title = attachment.label ?? titleOf(tx, attachment.documentId);
    const order = attachmentOrder(tx, { meetingId });
    const from = order.indexOf(attachmentId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) throw new DomainError("conflict", `« ${title} » est déjà en position ${from + 1} sur ${order.length}.`);
    [order[from], order[to]] = [order[to]!, order[from]!];
    renumber(tx, order);
    recordAudit(tx, { actorId, action: "attachment.move", entityType: "meeting", entityId: meetingId, details: { documentId: attachment.documentId, position: to + 1 } });
    return { documentId: attachment.documentId, title, position: to + 1, total: order.length };
  });
  expire(meetingId, outcome.documentId);
  return outcome;
}

/** Detaches a file from the meeting; the document stays in the library. */
export function detachDocument(db: Db, actor: Actor, meetingId: string, attachmentId: string) {
  const detached = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const attachment = attachmentOf(tx, attachmentId, meetingId);
    const title = attachment.label ?? titleOf(tx, attachment.documentId);
    tx.delete(attachments).where(eq(attachments.id, attachmentId)).run();
    renumber(tx, attachmentOrder(tx, { meetingId }));
    recordAudit(tx, { actorId, action: "attachment.delete", entityType: "meeting", entityId: meetingId, details: { documentId: attachment.documentId, title } });
    return { documentId: attachment.documentId, title };
  });
  expire(meetingId, detached.documentId);
  return detached;
}
