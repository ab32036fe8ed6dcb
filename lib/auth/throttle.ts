import type { Db } from "@/db/open";
import { releaseHits, reserveHit, type Limit } from "@/lib/rate-limit/hits";

const WINDOW_MS = 15 * 60 * 1000;
/** Password checks per address in the window, whatever their outcome until one succeeds. */
export const MAX_CHECKS_PER_ADDRESS = 10;
/** Failed password checks per client (known only behind a declared reverse proxy) in the window. */
export const MAX_CHECKS_PER_CLIENT = 100;

/**
 * Reserves one password check for this address (and client, when known) BEFORE the hash is computed, so that
 * requests sent together cannot all be checked. Null when the limit is reached: the attempt is refused unchecked.
 * A successful sign-in gives its reservation back (releasePasswordCheck); failures stay counted.
 */
export function reservePasswordCheck(db: Db, email: string, client: string | null, now = new Date()): string[] | null {
  const limits: Limit[] = [{ bucket: "sign-in", key: email.trim().toLowerCase(), limit: MAX_CHECKS_PER_ADDRESS, windowMs: WINDOW_MS }];
  if (client) limits.push({ bucket: "sign-in-client", key: client, limit: MAX_CHECKS_PER_CLIENT, windowMs: WINDOW_MS });
  return reserveHit(db, limits, now);
}

export const releasePasswordCheck = releaseHits;
