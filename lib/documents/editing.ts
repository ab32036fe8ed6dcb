import { rmSync } from "node:fs";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { auditLog } from "@/lib/audit/schema";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError } from "@/lib/errors";
import { frenchList } from "@/lib/format";
import { meetings } from "@/lib/meetings/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { reports } from "@/lib/publications/schema";
import { themes } from "@/lib/themes/schema";
import { attachments, documentThemes, documents, VISIBILITIES } from "./schema";
import { storedFilePath } from "./storage";

/** The fields staff edit on a document's page; its themes come as a list of ids beside them. */
export const DocumentFields = z.object({
  title: z.string("Indiquez le titre du document.").trim().min(1, "Indiquez le titre du document.").max(300, "Le titre tient en 300 caractères au plus."),
  description: z.string().trim().max(5000, "La description tient en 5 000 caractères au plus.").optional().default(""),
  visibility: z.enum(VISIBILITIES, "Choisissez qui peut télécharger ce document."),
});

export type DocumentInput = z.infer<typeof DocumentFields> & { themeIds: string[] };

function existing(tx: DbOrTx, id: string) {
  const document = tx.select().from(documents).where(eq(documents.id, id)).get();
  if (!document) throw new DomainError("not_found", "Ce document n'existe plus dans la bibliothèque.");
  return document;
}

function themeIdsOf(tx: DbOrTx, id: string): string[] {
  return tx
    .select({ id: documentThemes.themeId })
    .from(documentThemes)
    .where(eq(documentThemes.documentId, id))
    .all()
    .map((row) => row.id)
    .sort();
}

/** Where a document is attached: meetings and reports, each once, by title. */
export function documentUses(db: DbOrTx, id: string) {
  const inMeetings = db
    .selectDistinct({ id: meetings.id, slug: meetings.slug, title: meetings.title })
    .from(attachments)
    .innerJoin(meetings, eq(meetings.id, attachments.meetingId))
    .where(eq(attachments.documentId, id))
    .orderBy(asc(meetings.title))
    .all();
  const inReports = db
    .selectDistinct({ id: reports.id, slug: reports.slug, title: reports.title })
    .from(attachments)
    .innerJoin(reports, eq(reports.id, attachments.reportId))
    .where(eq(attachments.documentId, id))
    .orderBy(asc(reports.title))
    .all();
  return { meetings: inMeetings, reports: inReports };
}

export type DocumentUses = ReturnType<typeof documentUses>;

/** "la rencontre « A » et le compte rendu « B »": where a document is used, as a sentence says it. */
export function describeDocumentUses(uses: DocumentUses): string {
  return frenchList([...uses.meetings.map((m) => `la rencontre « ${m.title} »`), ...uses.reports.map((r) => `la publication « ${r.title} »`)]);
}

/** A document as its back-office page shows it: the record, its themes and where it is used. */
export function findDocumentForStaff(db: Db, actor: Actor, id: string) {
  assertActorRole(db, actor, "staff");
  const document = db.select().from(documents).where(eq(documents.id, id)).get();
  if (!document) return null;
  return { document, themeIds: themeIdsOf(db, id), uses: documentUses(db, id) };
}

/** Saves title, description, visibility and themes; audited with what changed, before and after. */
export function updateDocument(db: Db, actor: Actor, id: string, input: DocumentInput) {
  const fields = DocumentFields.parse(input);
  const themeIds = [...new Set(input.themeIds)].sort();
  const updated = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const before = existing(tx, id);
    const known = themeIds.length ? tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, themeIds)).all().length : 0;
    if (known !== themeIds.length) {
      throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", { themeIds: "Une thématique choisie n'existe plus : rechargez la page." });
    }
    const beforeThemes = themeIdsOf(tx, id);
    const after = tx.update(documents).set(fields).where(eq(documents.id, id)).returning().get();
    tx.delete(documentThemes).where(eq(documentThemes.documentId, id)).run();
    for (const themeId of themeIds) tx.insert(documentThemes).values({ documentId: id, themeId }).run();
    const pick = (d: typeof before, themeList: string[]) => ({ title: d.title, description: d.description, visibility: d.visibility, themeIds: themeList });
    recordAudit(tx, { actorId, action: "document.update", entityType: "document", entityId: id, details: { before: pick(before, beforeThemes), after: pick(after, themeIds) } });
    return after;
  });
  /* Every public page showing the document (its title, its members-only mark, its text version) is tagged with it. */
  invalidateCache([cacheTags.documents, cacheTags.document(id)]);
  return updated;
}

/** Positions 0…n-1 again on the pages a deleted document leaves, in the order they had. */
function closeGaps(tx: DbOrTx, owner: { meetingId: string } | { reportId: string }): void {
  const where = "meetingId" in owner ? eq(attachments.meetingId, owner.meetingId) : eq(attachments.reportId, owner.reportId);
  const rows = tx.select({ id: attachments.id }).from(attachments).where(where).orderBy(asc(attachments.position)).all();
  rows.forEach((row, position) => tx.update(attachments).set({ position }).where(eq(attachments.id, row.id)).run());
}

/**
 * Deletes a document. While it is attached somewhere it is refused, with the list of those pages, unless `detach`
 * says to take it off them first. One transaction; the stored file goes only when no other document (same content,
 * same sha256) still points to it, after the commit.
 */
export function deleteDocument(db: Db, actor: Actor, id: string, { detach }: { detach: boolean }) {
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const document = existing(tx, id);
    const uses = documentUses(tx, id);
    const attachedTo = uses.meetings.length + uses.reports.length;
    if (attachedTo > 0 && !detach) {
      const message = `« ${document.title} » est joint à ${describeDocumentUses(uses)} : cochez « Détacher de ces pages et supprimer » pour le supprimer quand même.`;
      throw new DomainError("conflict", message, { detach: message });
    }
    tx.delete(attachments).where(eq(attachments.documentId, id)).run();
    for (const meeting of uses.meetings) closeGaps(tx, { meetingId: meeting.id });
    for (const report of uses.reports) closeGaps(tx, { reportId: report.id });
    tx.delete(documents).where(eq(documents.id, id)).run();
    const shared = tx
      .select({ n: sql<number>`count(*)` })
      .from(documents)
      .where(and(eq(documents.storageName, document.storageName), ne(documents.id, id)))
      .get()!.n;
    recordAudit(tx, {
      actorId,
      action: "document.delete",
      entityType: "document",
      entityId: id,
      details: {
        title: document.title,
        originalFilename: document.originalFilename,
        sha256: document.sha256,
        detachedFrom: { meetings: uses.meetings.map((m) => m.id), reports: uses.reports.map((r) => r.id) },
        fileRemoved: shared === 0,
      },
    });
    return { title: document.title, storageName: document.storageName, removeFile: shared === 0, uses };
  });
  if (outcome.removeFile) rmSync(storedFilePath(outcome.storageName), { force: true });
  invalidateCache([
    cacheTags.documents,
    cacheTags.document(id),
    ...outcome.uses.meetings.map((m) => cacheTags.meeting(m.id)),
    ...outcome.uses.reports.map((r) => cacheTags.report(r.id)),
  ]);
  return { title: outcome.title, fileRemoved: outcome.removeFile, uses: outcome.uses };
}

/** The audit record of a deletion, for the list that confirms it. */
export function documentDeletionRecord(db: DbOrTx, id: string) {
  return db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "document.delete"), eq(auditLog.entityId, id)))
    .get()?.details as { title: string } | undefined;
}
