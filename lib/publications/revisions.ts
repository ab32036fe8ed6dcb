import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { attachments } from "@/lib/documents/schema";
import { reportRevisions, reports, reportThemes } from "./schema";

export type RevisionAttachment = { documentId: string; label: string | null };

/** Keeps every field of the report as it now stands (themes and attachments included) as a new revision; returns its id. */
export function recordRevision(db: DbOrTx, reportId: string, authorId: string | null, at: Date = new Date()): string {
  const report = db.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) throw new Error(`Compte rendu introuvable : ${reportId}`);
  const themeIds = db
    .select({ themeId: reportThemes.themeId })
    .from(reportThemes)
    .where(eq(reportThemes.reportId, reportId))
    .all()
    .map((row) => row.themeId)
    .sort();
  const attached: RevisionAttachment[] = db
    .select({ documentId: attachments.documentId, label: attachments.label })
    .from(attachments)
    .where(eq(attachments.reportId, reportId))
    .orderBy(asc(attachments.position))
    .all();
  const revision = db
    .insert(reportRevisions)
    .values({
      reportId,
      kind: report.kind,
      title: report.title,
      slug: report.slug,
      summary: report.summary,
      body: report.body,
      meetingId: report.meetingId,
      visibility: report.visibility,
      sourceName: report.sourceName,
      sourceUrl: report.sourceUrl,
      themeIds: JSON.stringify(themeIds),
      attachments: JSON.stringify(attached),
      authorId,
      createdAt: at,
    })
    .returning({ id: reportRevisions.id })
    .get();
  return revision.id;
}
