import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/open";
import { attachments } from "@/lib/documents/schema";
import { reports, reportThemes } from "./schema";
import { insertRevision, readRevision, recordRevision, reportFields, type ReportFields } from "./revisions";

/** What the editor shows: the pending next version of a published report when there is one, else the report itself. */
export function workingVersion(db: DbOrTx, reportId: string): ReportFields | null {
  const report = db.select({ pendingRevisionId: reports.pendingRevisionId }).from(reports).where(eq(reports.id, reportId)).get();
  if (!report) return null;
  return (report.pendingRevisionId && readRevision(db, reportId, report.pendingRevisionId)) || reportFields(db, reportId);
}

function writeFieldsOnReport(tx: Tx, reportId: string, fields: ReportFields): void {
  const { themeIds, attachments: attached, ...columns } = fields;
  tx.update(reports).set(columns).where(eq(reports.id, reportId)).run();
  tx.delete(reportThemes).where(eq(reportThemes.reportId, reportId)).run();
  for (const themeId of themeIds) tx.insert(reportThemes).values({ reportId, themeId }).run();
  tx.delete(attachments).where(eq(attachments.reportId, reportId)).run();
  attached.forEach(({ documentId, label }, position) => tx.insert(attachments).values({ reportId, documentId, label, position }).run());
}

/**
 * Saves an editor's fields as the report's working version, keeping a revision of every save.
 * Until the report is first published they are the report itself; from then on they become its pending next version
 * ("draft" until sent to review) and the published text stays what readers see until that version is published.
 * The slug is fixed from the first publication: a pending version keeps the published slug.
 */
export function saveWorkingVersion(tx: Tx, reportId: string, fields: ReportFields, authorId: string | null, at = new Date()) {
  const report = tx.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) throw new Error(`Compte rendu introuvable : ${reportId}`);
  if (report.publishedAt === null) {
    writeFieldsOnReport(tx, reportId, fields);
    return { revisionId: recordRevision(tx, reportId, authorId, at), pending: false };
  }
  const revisionId = insertRevision(tx, reportId, { ...fields, slug: report.slug }, authorId, at);
  tx.update(reports)
    .set({ pendingRevisionId: revisionId, pendingStatus: report.pendingStatus ?? "draft" })
    .where(eq(reports.id, reportId))
    .run();
  return { revisionId, pending: true };
}

/**
 * Publishes the report. Its pending version, if any, replaces the published text and "Modifié le" moves to that instant;
 * a first publication sets the publication date, which fixes the slug.
 */
export function publishReport(tx: Tx, reportId: string, at = new Date()): void {
  const report = tx.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) throw new Error(`Compte rendu introuvable : ${reportId}`);
  const pending = report.pendingRevisionId ? readRevision(tx, reportId, report.pendingRevisionId) : null;
  if (pending) writeFieldsOnReport(tx, reportId, { ...pending, slug: report.slug });
  tx.update(reports)
    .set({
      status: "published",
      publishedAt: report.publishedAt ?? at,
      modifiedAt: report.publishedAt === null ? report.modifiedAt : at,
      publishAt: null,
      pendingRevisionId: null,
      pendingStatus: null,
    })
    .where(eq(reports.id, reportId))
    .run();
}
