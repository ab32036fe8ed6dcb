import { integer, sqliteTable, text, index, primaryKey } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, updatedAt } from "../db-columns";
import { meetings } from "../meetings/schema";
import { themes } from "../themes/schema";
import { users } from "../people/schema";
import { contacts } from "../contacts/schema";

export const REPORT_KINDS = ["compte_rendu", "actualite", "fiche_experience", "point_actus"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const reports = sqliteTable(
  "reports",
  {
    id: id(),
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull().unique(),
    summary: text("summary").notNull().default(""),
    /** Markdown; rendered sanitized. */
    body: text("body").notNull().default(""),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    status: text("status", { enum: REPORT_STATUSES }).notNull().default("draft"),
    visibility: text("visibility", { enum: ["public", "members"] }).notNull().default("public"),
    sourceName: text("source_name"),
    sourceUrl: text("source_url"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: instant("published_at"),
    /** A scheduled publication: the scheduler publishes the report (or its pending version) at this instant. */
    publishAt: instant("publish_at"),
    /** The next version of a published report, kept as a revision until it is published; the published text stays meanwhile. */
    pendingRevisionId: text("pending_revision_id"),
    /** Where that pending version stands: "draft" or "in_review". */
    pendingStatus: text("pending_status", { enum: ["draft", "in_review"] }),
    modifiedAt: instant("modified_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("reports_published_idx").on(t.status, t.publishedAt),
    index("reports_meeting_idx").on(t.meetingId),
    index("reports_publish_at_idx").on(t.publishAt),
  ],
);

export const reportThemes = sqliteTable(
  "report_themes",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.themeId] })],
);

/** Directory contacts annexed to a report (e.g. the PLDE referents of the 11 December 2014 report), in order. */
export const reportContacts = sqliteTable(
  "report_contacts",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.contactId] })],
);

export const reportRevisions = sqliteTable(
  "report_revisions",
  {
    id: id(),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** Every field of the report as saved, so any two revisions compare and any one restores. */
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    meetingId: text("meeting_id"),
    visibility: text("visibility", { enum: ["public", "members"] }).notNull(),
    sourceName: text("source_name"),
    sourceUrl: text("source_url"),
    /** Theme ids, JSON array. */
    themeIds: text("theme_ids").notNull().default("[]"),
    /** Attachments in order, JSON array of { documentId, label }. */
    attachments: text("attachments").notNull().default("[]"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("report_revisions_report_idx").on(t.reportId)],
);
