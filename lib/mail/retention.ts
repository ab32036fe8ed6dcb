import { and, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { outboxEmails } from "./schema";

/**
 * Deletes what the outbox keeps no longer (settings' retention): e-mails sent before `sentBefore`, and e-mails given
 * up on (failed) written before `failedBefore`. Queued e-mails are never deleted.
 */
export function purgeOutbox(db: DbOrTx, { sentBefore, failedBefore }: { sentBefore: Date; failedBefore: Date }): { sent: number; failed: number } {
  const sent = db.delete(outboxEmails).where(and(eq(outboxEmails.status, "sent"), lt(outboxEmails.sentAt, sentBefore))).run().changes;
  const failed = db.delete(outboxEmails).where(and(eq(outboxEmails.status, "failed"), lt(outboxEmails.createdAt, failedBefore))).run().changes;
  return { sent, failed };
}
