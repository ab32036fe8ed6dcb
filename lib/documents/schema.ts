import { integer, sqliteTable, text, index, check, primaryKey } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { createdAt, id, stampedNow } from "../db-columns";
import { users } from "../people/schema";
import { meetings } from "../meetings/schema";
import { reports } from "../publications/schema";
import { themes } from "../themes/schema";

export const VISIBILITIES = ["public", "members"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const documents = sqliteTable(
  "documents",
  {
    id: id(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    originalFilename: text("original_filename").notNull(),
    /** Generated name under the upload directory (outside public/); documents with the same content (sha256) share it. */
    storageName: text("storage_name").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    pageCount: integer("page_count"),
    extractedText: text("extracted_text").notNull().default(""),
    visibility: text("visibility", { enum: VISIBILITIES }).notNull().default("public"),
    uploaderId: text("uploader_id").references(() => users.id, { onDelete: "set null" }),
    /** Warnings found when the PDF was checked: it carries JavaScript, embedded files. Accepted, shown to staff and readers. */
    hasJavascript: integer("has_javascript", { mode: "boolean" }).notNull().default(false),
    hasEmbeddedFiles: integer("has_embedded_files", { mode: "boolean" }).notNull().default(false),
    downloadCount: integer("download_count").notNull().default(0),
    /** When the current file was uploaded (first upload or replacement): the download's Last-Modified. */
    fileChangedAt: stampedNow("file_changed_at"),
    createdAt: createdAt(),
    updatedAt: stampedNow("updated_at").$onUpdate(() => new Date()),
  },
  (t) => [index("documents_sha256_idx").on(t.sha256)],
);

/** "Fichiers joints": a document attached, in order, to a meeting or a report. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: id(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    reportId: text("report_id").references(() => reports.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    label: text("label"),
  },
  (t) => [
    index("attachments_meeting_idx").on(t.meetingId, t.position),
    index("attachments_report_idx").on(t.reportId, t.position),
    check("attachments_one_owner", sql`(${t.meetingId} IS NULL) <> (${t.reportId} IS NULL)`),
  ],
);

export const documentThemes = sqliteTable(
  "document_themes",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.themeId] })],
);
