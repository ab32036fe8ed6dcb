import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/open";
import { attachments, documents } from "./schema";

/** What every list of documents shows of each file: its title, name, size, pages and who may read it. */
export const documentSummaryColumns = {
  id: documents.id,
  title: documents.title,
  originalFilename: documents.originalFilename,
  sizeBytes: documents.sizeBytes,
  pageCount: documents.pageCount,
  visibility: documents.visibility,
};

/** What the download route needs to check access and describe the file. */
export function findDocumentForDownload(db: Db, id: string) {
  return (
    db
      .select({
        id: documents.id,
        originalFilename: documents.originalFilename,
        storageName: documents.storageName,
        mimeType: documents.mimeType,
        sha256: documents.sha256,
        visibility: documents.visibility,
        hasJavascript: documents.hasJavascript,
        fileChangedAt: documents.fileChangedAt,
      })
      .from(documents)
      .where(eq(documents.id, id))
      .get() ?? null
  );
}

export type DownloadableDocument = NonNullable<ReturnType<typeof findDocumentForDownload>>;

/** Counted in SQL so that concurrent downloads never lose an increment. */
export function recordDownload(db: Db, id: string): void {
  db.update(documents)
    .set({ downloadCount: sql`${documents.downloadCount} + 1` })
    .where(eq(documents.id, id))
    .run();
}

export type AttachmentOwner = { meetingId: string } | { reportId: string };

/** "Fichiers joints" of a meeting or a report, in their order. */
export function listAttachments(db: Db, owner: AttachmentOwner) {
  return db
    .select({
      ...documentSummaryColumns,
      label: attachments.label,
    })
    .from(attachments)
    .innerJoin(documents, eq(documents.id, attachments.documentId))
    .where("meetingId" in owner ? eq(attachments.meetingId, owner.meetingId) : eq(attachments.reportId, owner.reportId))
    .orderBy(asc(attachments.position))
    .all();
}

export type AttachmentItem = ReturnType<typeof listAttachments>[number];
