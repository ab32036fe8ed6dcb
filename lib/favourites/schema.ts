import { sqliteTable, text, uniqueIndex, check } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { createdAt, id } from "../db-columns";
import { users } from "../people/schema";
import { meetings } from "../meetings/schema";
import { reports } from "../publications/schema";
import { documents } from "../documents/schema";

/** "Favoris": a member's bookmark of exactly one meeting, report or document. */
export const favourites = sqliteTable(
  "favourites",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    reportId: text("report_id").references(() => reports.id, { onDelete: "cascade" }),
    documentId: text("document_id").references(() => documents.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    /* One bookmark per target: a partial index per kind, since NULLs never collide in SQLite unique indexes. */
    uniqueIndex("favourites_meeting_unique").on(t.userId, t.meetingId).where(sql`meeting_id IS NOT NULL`),
    uniqueIndex("favourites_report_unique").on(t.userId, t.reportId).where(sql`report_id IS NOT NULL`),
    uniqueIndex("favourites_document_unique").on(t.userId, t.documentId).where(sql`document_id IS NOT NULL`),
    check(
      "favourites_one_target",
      sql`(${t.meetingId} IS NOT NULL) + (${t.reportId} IS NOT NULL) + (${t.documentId} IS NOT NULL) = 1`,
    ),
  ],
);
