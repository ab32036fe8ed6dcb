import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { rateLimitHits } from "./schema";

/** At most `limit` events per `key` in `bucket` within the last `windowMs`. */
export type Limit = { bucket: string; key: string; limit: number; windowMs: number };

/* Hits older than the longest window in use are of no further use. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Forgets the hits no window counts any more: on every reservation, and daily by the "purges" job for quiet sites. */
export function deleteStaleHits(db: DbOrTx, now: Date): number {
  return db.delete(rateLimitHits).where(lt(rateLimitHits.at, new Date(now.getTime() - KEEP_MS))).run().changes;
}

/**
 * Reserves one event under every limit at once, or none: in one immediate transaction (SQLite's write lock is
 * taken before counting), so however many requests arrive together, no limit is ever exceeded.
 * Returns the ids of the reservation, to release it later, or null when a limit is reached.
 */
export function reserveHit(db: Db, limits: Limit[], now = new Date()): string[] | null {
  return db.transaction(
    (tx) => {
      deleteStaleHits(tx, now);
      for (const { bucket, key, limit, windowMs } of limits) {
        const { n } = tx
          .select({ n: sql<number>`count(*)` })
          .from(rateLimitHits)
          .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.at, new Date(now.getTime() - windowMs))))
          .get()!;
        if (n >= limit) return null;
      }
      if (limits.length === 0) return [];
      return tx
        .insert(rateLimitHits)
        .values(limits.map(({ bucket, key }) => ({ bucket, key, at: now })))
        .returning({ id: rateLimitHits.id })
        .all()
        .map((row) => row.id);
    },
    { behavior: "immediate" },
  );
}

/** Gives back a reservation (a successful sign-in is not a guess). */
export function releaseHits(db: Db, ids: string[]): void {
  if (ids.length > 0) db.delete(rateLimitHits).where(inArray(rateLimitHits.id, ids)).run();
}
