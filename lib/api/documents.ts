import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import type { AttachmentOwner } from "@/lib/documents/queries";
import type { UploadedDocument as Uploaded } from "@/lib/documents/upload";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { reports } from "@/lib/publications/schema";
import type { Attachment, UploadedDocument } from "./schemas";

/* The documents of the API (staff only): bulk import of the former site's PDFs, then attachment where they belong. */

export function presentDocument(document: Uploaded): UploadedDocument {
  return {
    id: document.id,
    title: document.title,
    original_filename: document.originalFilename,
    url: document.url,
    size_bytes: document.sizeBytes,
    page_count: document.pageCount,
    sha256: document.sha256,
    visibility: document.visibility,
    warnings: document.warnings,
  };
}

/** The meeting or report named by its slug; staff see drafts too. */
export function attachmentOwnerBySlug(db: Db, target: { meeting?: string; report?: string }): AttachmentOwner {
  if (target.meeting !== undefined) {
    const meeting = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, target.meeting)).get();
    if (!meeting) throw new DomainError("not_found", "Aucune rencontre ne correspond à cet identifiant.");
    return { meetingId: meeting.id };
  }
  const report = db.select({ id: reports.id }).from(reports).where(eq(reports.slug, target.report ?? "")).get();
  if (!report) throw new DomainError("not_found", "Aucune publication ne correspond à cet identifiant.");
  return { reportId: report.id };
}

export function presentAttachment(
  attached: { id: string; documentId: string; position: number; label: string | null },
  target: { meeting?: string; report?: string },
): Attachment {
  return {
    id: attached.id,
    document_id: attached.documentId,
    meeting: target.meeting ?? null,
    report: target.report ?? null,
    position: attached.position + 1,
    label: attached.label,
  };
}
