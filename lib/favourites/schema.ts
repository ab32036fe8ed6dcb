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
    /* NULLs are distinct in SQLite unique indexes, hence the coalesce. */
    uniqueIndex("favourites_unique").on(
      t.userId,
      sql`coalesce(${t.meetingId}, '')`,
      sql`coalesce(${t.reportId}, '')`,
      sql`coalesce(${t.documentId}, '')`,
    ),
    check(
      "favourites_one_target",
      sql`(${t.meetingId} IS NOT NULL) + (${t.reportId} IS NOT NULL) + (${t.documentId} IS NOT NULL) = 1`,
    ),
  ],
);
