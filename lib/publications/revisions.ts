import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { attachments } from "@/lib/documents/schema";
import { reportRevisions, reports, reportThemes, type ReportKind } from "./schema";

export type RevisionAttachment = { documentId: string; label: string | null };

/** Everything an editor changes in a report, as a revision keeps it. */
export type ReportFields = {
  kind: ReportKind;
  title: string;
  slug: string;
  summary: string;
  body: string;
  meetingId: string | null;
  visibility: "public" | "members";
  sourceName: string | null;
  sourceUrl: string | null;
  themeIds: string[];
  attachments: RevisionAttachment[];
};

/** The report's fields as they stand on the report itself (its published text, once published). */
export function reportFields(db: DbOrTx, reportId: string): ReportFields | null {
  const report = db.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) return null;
  const themeIds = db
    .select({ themeId: reportThemes.themeId })
    .from(reportThemes)
    .where(eq(reportThemes.reportId, reportId))
    .all()
    .map((row) => row.themeId);
  const attached = db
    .select({ documentId: attachments.documentId, label: attachments.label })
    .from(attachments)
    .where(eq(attachments.reportId, reportId))
    .orderBy(asc(attachments.position))
    .all();
  const { kind, title, slug, summary, body, meetingId, visibility, sourceName, sourceUrl } = report;
  return { kind, title, slug, summary, body, meetingId, visibility, sourceName, sourceUrl, themeIds, attachments: attached };
}

/** Keeps the given fields as a new revision of the report; returns its id. Theme order is not meaningful: sorted. */
export function insertRevision(db: DbOrTx, reportId: string, fields: ReportFields, authorId: string | null, at: Date = new Date()): string {
  const { themeIds, attachments: attached, ...columns } = fields;
  return db
    .insert(reportRevisions)
    .values({ reportId, ...columns, themeIds: JSON.stringify([...themeIds].sort()), attachments: JSON.stringify(attached), authorId, createdAt: at })
    .returning({ id: reportRevisions.id })
    .get().id;
}

/** Keeps every field of the report as it now stands (themes and attachments included) as a new revision; returns its id. */
export function recordRevision(db: DbOrTx, reportId: string, authorId: string | null, at: Date = new Date()): string {
  const fields = reportFields(db, reportId);
  if (!fields) throw new Error(`Compte rendu introuvable : ${reportId}`);
  return insertRevision(db, reportId, fields, authorId, at);
}

/** A revision's fields, for comparing and restoring; null when it does not belong to that report. */
export function readRevision(db: DbOrTx, reportId: string, revisionId: string): ReportFields | null {
  const revision = db
    .select()
    .from(reportRevisions)
    .where(and(eq(reportRevisions.id, revisionId), eq(reportRevisions.reportId, reportId)))
    .get();
  if (!revision) return null;
  const { kind, title, slug, summary, body, meetingId, visibility, sourceName, sourceUrl } = revision;
  return {
    kind,
    title,
    slug,
    summary,
    body,
    meetingId,
    visibility,
    sourceName,
    sourceUrl,
    themeIds: JSON.parse(revision.themeIds) as string[],
    attachments: JSON.parse(revision.attachments) as RevisionAttachment[],
  };
}
