import type { Db } from "@/db/open";
import { reserveHit, type Limit } from "@/lib/rate-limit/hits";
import { enqueueEmail, type OutgoingEmail } from "./outbox";

const HOUR_MS = 60 * 60 * 1000;
export const MAX_VISITOR_EMAILS_PER_ADDRESS = 3;
export const MAX_VISITOR_EMAILS_PER_CLIENT = 20;

/**
 * Queues an e-mail that a visitor caused (sign-in link, password reset, sign-up notice), within the ceilings
 * that keep the site from being used to flood an address: per recipient, and per client when it is known.
 * Beyond them the e-mail is silently dropped: the visitor sees the same page either way. Returns whether it was queued.
 * Staff mailings do not come through here.
 */
export function sendVisitorEmail(db: Db, email: OutgoingEmail, client: string | null, now = new Date()): boolean {
  const limits: Limit[] = [{ bucket: "visitor-mail", key: email.to.toLowerCase(), limit: MAX_VISITOR_EMAILS_PER_ADDRESS, windowMs: HOUR_MS }];
  if (client) limits.push({ bucket: "visitor-mail-client", key: client, limit: MAX_VISITOR_EMAILS_PER_CLIENT, windowMs: HOUR_MS });
  if (!reserveHit(db, limits, now)) return false;
  enqueueEmail(db, email);
  return true;
}
