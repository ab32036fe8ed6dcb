import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant } from "../db-columns";

export const OUTBOX_STATUSES = ["queued", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every e-mail is written here first, then delivered when SMTP is configured. */
export const outboxEmails = sqliteTable(
  "outbox_emails",
  {
    id: id(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** The one-time link the text carries (sign-in, verification, reset): hidden when the outbox is read, except by admins without SMTP. */
    secretLink: text("secret_link"),
    /** What the e-mail is about, for staff reading the outbox ("connexion", "liste d'attente"…). */
    topic: text("topic").notNull(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: instant("next_attempt_at"),
    sentAt: instant("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_status_idx").on(t.status, t.nextAttemptAt), index("outbox_created_idx").on(t.createdAt)],
);
