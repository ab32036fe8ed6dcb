import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant } from "../db-columns";

/** queued: waiting for its turn (or for SMTP); sent: accepted by the SMTP server; failed: given up, for staff to resend. */
export const OUTBOX_STATUSES = ["queued", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every message the platform sends, one template each (lib/mail/templates). */
export const EMAIL_KINDS = [
  "account_verification",
  "sign_in_link",
  "password_reset",
  "account_exists",
  "account_approved",
  "account_refused",
  "account_invitation",
  "registration_confirmed",
  "registration_waitlisted",
  "registration_pending",
  "waitlist_promoted",
  "registration_approved",
  "registration_refused",
  "meeting_reminder",
  "meeting_changed",
  "registration_cancelled",
  "meeting_cancelled",
  "staff_message",
  "attestation_available",
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** iTIP method of the calendar part: REQUEST adds or updates the event in the recipient's calendar, CANCEL removes it. */
export const CALENDAR_METHODS = ["REQUEST", "CANCEL"] as const;
export type CalendarMethod = (typeof CALENDAR_METHODS)[number];

/** Every e-mail is written here first, in the transaction that causes it, then delivered when SMTP is configured. */
export const outboxEmails = sqliteTable(
  "outbox_emails",
  {
    id: id(),
    to: text("to").notNull(),
    kind: text("kind", { enum: EMAIL_KINDS }).notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** Null only for e-mails written before HTML e-mails existed. */
    html: text("html"),
    /** The one-time link the text carries (sign-in, verification, reset): hidden when the outbox is read, except by admins without SMTP. */
    secretLink: text("secret_link"),
    /** RFC 5322 Message-ID, fixed at enqueue: a message sent twice (crash after the SMTP server accepted it) is recognised as one. */
    messageId: text("message_id").notNull(),
    calendarMethod: text("calendar_method", { enum: CALENDAR_METHODS }),
    /** The text/calendar part (iCalendar with METHOD), when the e-mail carries an invitation or a cancellation. */
    calendar: text("calendar"),
    /** Set by work that must send an e-mail once only (a reminder per registration): the database refuses a second one. */
    dedupeKey: text("dedupe_key"),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: instant("next_attempt_at"),
    /** Which delivery worker holds the message, until when: two processes never send the same message at once. */
    leaseOwner: text("lease_owner"),
    leaseUntil: instant("lease_until"),
    sentAt: instant("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_status_idx").on(t.status, t.nextAttemptAt),
    index("outbox_created_idx").on(t.createdAt),
    index("outbox_to_idx").on(t.to),
    uniqueIndex("outbox_message_id_unique").on(t.messageId),
    uniqueIndex("outbox_dedupe_key_unique").on(t.dedupeKey),
  ],
);
