import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { DbOrTx, Db } from "@/db/open";
import { appUrl } from "@/lib/config";
import { recordAudit } from "@/lib/audit/log";
import { assertActorRole, type Actor } from "@/lib/people/actor";
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
 * The text (or the HTML) of an outbox e-mail as staff may read it: a one-time link lets whoever opens it act as the
 * recipient, so it shows only to admins, and only while no SMTP server delivers the e-mails (the demonstration).
 */
export function readableText(email: { text: string; secretLink: string | null }, reader: { isAdmin: boolean; smtpConfigured: boolean }): string {
  if (!email.secretLink || (reader.isAdmin && !reader.smtpConfigured)) return email.text;
  /* In HTML, the link's "&" are written "&amp;". */
  return email.text.replaceAll(email.secretLink, HIDDEN_LINK).replaceAll(email.secretLink.replaceAll("&", "&amp;"), HIDDEN_LINK);
}

export type OutboxEmail = typeof outboxEmails.$inferSelect;

/** How delivery retries: the first delay, its ceiling, and how many tries before a message is given up for staff. */
export type RetryPolicy = { baseMs: number; maxMs: number; maxAttempts: number };

/** The wait before the next try after `attempts` failed ones: doubling from the base, never above the ceiling. */
export function retryDelay(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}

/** A message held by one delivery worker until `until`: the pair identifies this claim, and no later one. */
export type Lease = { owner: string; until: Date };

function heldBy(lease: Lease) {
  return and(eq(outboxEmails.leaseOwner, lease.owner), eq(outboxEmails.leaseUntil, lease.until), eq(outboxEmails.status, "queued"));
}

const INTERRUPTED = "Envoi interrompu avant son résultat, à chaque essai.";

/**
 * Takes the oldest message whose turn has come, counts the try and leases it to `owner` for `leaseMs`: in one
 * immediate transaction, so two workers (two server processes) never hold the same message. A lease that expired
 * without an outcome (the worker died, maybe after the SMTP server accepted the message) makes the message due again,
 * with the same Message-ID; one that has already used every try is given up instead.
 */
export function claimNextEmail(db: Db, owner: string, now: Date, leaseMs: number, policy: RetryPolicy): { email: OutboxEmail; lease: Lease } | null {
  return db.transaction(
    (tx) => {
      const free = or(isNull(outboxEmails.leaseUntil), lte(outboxEmails.leaseUntil, now));
      tx.update(outboxEmails)
        .set({ status: "failed", leaseOwner: null, leaseUntil: null, lastError: sql`coalesce(${outboxEmails.lastError}, ${INTERRUPTED})` })
        .where(and(eq(outboxEmails.status, "queued"), gte(outboxEmails.attempts, policy.maxAttempts), free))
        .run();
      const due = tx
        .select({ id: outboxEmails.id })
        .from(outboxEmails)
        .where(and(eq(outboxEmails.status, "queued"), or(isNull(outboxEmails.nextAttemptAt), lte(outboxEmails.nextAttemptAt, now)), free))
        .orderBy(asc(outboxEmails.createdAt))
        .limit(1)
        .get();
      if (!due) return null;
      const lease = { owner, until: new Date(now.getTime() + leaseMs) };
      const email = tx
        .update(outboxEmails)
        .set({ leaseOwner: lease.owner, leaseUntil: lease.until, attempts: sql`${outboxEmails.attempts} + 1` })
        .where(eq(outboxEmails.id, due.id))
        .returning()
        .get();
      return { email, lease };
    },
    { behavior: "immediate" },
  );
}

/** The SMTP server accepted the message. False when the lease was lost meanwhile (another worker now holds it). */
export function markEmailSent(db: Db, id: string, lease: Lease, now: Date): boolean {
  const result = db
    .update(outboxEmails)
    .set({ status: "sent", sentAt: now, lastError: null, leaseOwner: null, leaseUntil: null })
    .where(and(eq(outboxEmails.id, id), heldBy(lease)))
    .run();
  return result.changes === 1;
}

/** A try failed: the error is kept, and the message waits for its next try, or is given up after the last one. */
export function markEmailFailed(db: Db, email: OutboxEmail, lease: Lease, error: string, now: Date, policy: RetryPolicy): boolean {
  const givenUp = email.attempts >= policy.maxAttempts;
  const result = db
    .update(outboxEmails)
    .set({
      status: givenUp ? "failed" : "queued",
      lastError: error,
      nextAttemptAt: givenUp ? null : new Date(now.getTime() + retryDelay(email.attempts, policy)),
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(and(eq(outboxEmails.id, email.id), heldBy(lease)))
    .run();
  return result.changes === 1;
}

/**
 * The SMTP server could not be reached (down, refusing connections, 421): not the message's fault, so the try is
 * not counted and the message stays due; the error is kept for staff to read.
 */
export function releaseEmail(db: Db, email: OutboxEmail, lease: Lease, error: string): boolean {
  const result = db
    .update(outboxEmails)
    .set({ attempts: email.attempts - 1, lastError: error, leaseOwner: null, leaseUntil: null })
    .where(and(eq(outboxEmails.id, email.id), heldBy(lease)))
    .run();
  return result.changes === 1;
}

/**
 * Staff resend messages that were given up: each gets its full number of tries again, due now, and the audit log
 * records who did it (staff and above, by their role in the database now). Returns the messages put back in the queue (any other id was not, or no longer, failed).
 */
export function resendFailedEmails(db: Db, actor: Actor, ids: readonly string[], now: Date): { id: string; to: string }[] {
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const requeued = tx
        .update(outboxEmails)
        .set({ status: "queued", attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null })
        .where(and(inArray(outboxEmails.id, [...ids]), eq(outboxEmails.status, "failed")))
        .returning({ id: outboxEmails.id, to: outboxEmails.to })
        .all();
      for (const email of requeued) recordAudit(tx, { actorId, action: "email.resend", entityType: "outbox_email", entityId: email.id, details: { to: email.to } });
      return requeued;
    },
    { behavior: "immediate" },
  );
}

export function countOutboxByStatus(db: Db): Record<OutboxStatus, number> {
  const counts: Record<OutboxStatus, number> = { queued: 0, sent: 0, failed: 0 };
  const rows = db.select({ status: outboxEmails.status, n: sql<number>`count(*)` }).from(outboxEmails).groupBy(outboxEmails.status).all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
