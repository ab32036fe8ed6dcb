import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { DbOrTx, Db } from "@/db/open";
import { appUrl } from "@/lib/config";
import { outboxEmails, type CalendarMethod, type EmailKind, type OutboxStatus } from "./schema";

export type OutgoingEmail = {
  to: string;
  kind: EmailKind;
  subject: string;
  text: string;
  html?: string;
  secretLink?: string | null;
  calendar?: { method: CalendarMethod; content: string };
  dedupeKey?: string;
};

/** "<uuid@site-host>": unique per message, and the same on every attempt to deliver it. */
function messageIdFor(id: string): string {
  return `<${id}@${new URL(appUrl()).hostname}>`;
}

/** Writes an e-mail to the outbox. Synchronous, so it can join the transaction that caused it. */
export function enqueueEmail(db: DbOrTx, email: OutgoingEmail): string {
  const { calendar, ...message } = email;
  const id = crypto.randomUUID();
  db.insert(outboxEmails)
    .values({ ...message, id, messageId: messageIdFor(id), calendarMethod: calendar?.method, calendar: calendar?.content })
    .run();
  return id;
}

export function listOutbox(db: Db, { limit = 100, to }: { limit?: number; to?: string } = {}) {
  return db
    .select()
    .from(outboxEmails)
    .where(to ? eq(outboxEmails.to, to.toLowerCase()) : undefined)
    .orderBy(desc(outboxEmails.createdAt))
    .limit(limit)
    .all();
}

export const HIDDEN_LINK = "[lien masqué]";

/**
 * The text of an outbox e-mail as staff may read it: a one-time link lets whoever opens it act as the recipient,
 * so it shows only to admins, and only while no SMTP server delivers the e-mails (the demonstration).
 */
export function readableText(email: { text: string; secretLink: string | null }, reader: { isAdmin: boolean; smtpConfigured: boolean }): string {
  if (!email.secretLink || (reader.isAdmin && !reader.smtpConfigured)) return email.text;
  return email.text.replaceAll(email.secretLink, HIDDEN_LINK);
}

export type OutboxEmail = typeof outboxEmails.$inferSelect;
export type Transport = { send(email: OutboxEmail): Promise<void> };

const MAX_ATTEMPTS = 8;

/** Delivers queued e-mails whose turn has come; failures are retried with exponential back-off. */
export async function deliverOutbox(db: Db, transport: Transport, now = new Date()): Promise<{ sent: number; failed: number }> {
  const due = db
    .select()
    .from(outboxEmails)
    .where(
      and(
        inArray(outboxEmails.status, ["queued"]),
        or(isNull(outboxEmails.nextAttemptAt), lte(outboxEmails.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(outboxEmails.createdAt))
    .limit(50)
    .all();
  let sent = 0;
  let failed = 0;
  for (const email of due) {
    try {
      await transport.send(email);
      db.update(outboxEmails).set({ status: "sent", sentAt: new Date(), attempts: email.attempts + 1, lastError: null }).where(eq(outboxEmails.id, email.id)).run();
      sent += 1;
    } catch (error) {
      const attempts = email.attempts + 1;
      db.update(outboxEmails)
        .set({
          attempts,
          lastError: error instanceof Error ? error.message : String(error),
          status: attempts >= MAX_ATTEMPTS ? "failed" : "queued",
          nextAttemptAt: new Date(now.getTime() + 60_000 * 2 ** attempts),
        })
        .where(eq(outboxEmails.id, email.id))
        .run();
      failed += 1;
    }
  }
  return { sent, failed };
}

export function countOutboxByStatus(db: Db): Record<OutboxStatus, number> {
  const counts: Record<OutboxStatus, number> = { queued: 0, sent: 0, failed: 0 };
  const rows = db.select({ status: outboxEmails.status, n: sql<number>`count(*)` }).from(outboxEmails).groupBy(outboxEmails.status).all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
