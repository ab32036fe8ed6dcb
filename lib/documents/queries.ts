import { and, asc, desc, eq, exists, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/open";
import { VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { canDownload } from "./access";
import { attachments, documentThemes, documents } from "./schema";

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

export type DocumentFilters = {
  /** A theme's slug. */
  theme?: string;
  /** The year the document was added, in Paris. */
  year?: number;
  sort?: "date" | "downloads";
  page?: number;
  perPage?: number;
};

/** The library as this view may read it: members-only files only for members and the team, newest or most downloaded first. */
export function listReadableDocuments(db: Db, view: ContentView, filters: DocumentFilters = {}) {
  const perPage = Math.min(filters.perPage ?? 20, 100);
  const page = Math.max(filters.page ?? 1, 1);
  const conditions: SQL[] = [];
  if (!canDownload("members", VIEW_ROLE[view])) conditions.push(eq(documents.visibility, "public"));
  if (filters.year !== undefined) {
    conditions.push(gte(documents.createdAt, parisInstant(filters.year, 1, 1)), lt(documents.createdAt, parisInstant(filters.year + 1, 1, 1)));
  }
  if (filters.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(documentThemes)
      .innerJoin(themes, eq(themes.id, documentThemes.themeId))
      .where(and(eq(documentThemes.documentId, documents.id), eq(themes.slug, filters.theme)));
    conditions.push(exists(themed));
  }
  const where = and(...conditions);
  const order = filters.sort === "downloads" ? [desc(documents.downloadCount), desc(documents.createdAt)] : [desc(documents.createdAt)];
  const rows = db
    .select({ ...documentSummaryColumns, downloadCount: documents.downloadCount, createdAt: documents.createdAt })
    .from(documents)
    .where(where)
    .orderBy(...order, asc(documents.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(documents).where(where).get()!.n;
  return { total, page, perPage, items: rows };
}
