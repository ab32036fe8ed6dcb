/*
 * How long cached content may live: until the next moment it changes by itself (a registration opens or closes, a
 * meeting starts or ends), and never less than Next's five-minute floor for prerendered content. Within those five
 * minutes the deadline watch (deadline-watch.ts) expires the tags at the exact second.
 */
const FLOOR_SECONDS = 300;
const CEILING_SECONDS = 7 * 86_400;
/* The client router keeps a page this long before asking again: Next's minimum, so seat counts stay current. */
const CLIENT_STALE_SECONDS = 30;

export type CacheLifetime = { stale: number; revalidate: number; expire: number };

export function lifetimeUntil(deadline: Date | null, now: Date): CacheLifetime {
  const untilDeadline = deadline ? Math.ceil((deadline.getTime() - now.getTime()) / 1000) : CEILING_SECONDS;
  const seconds = Math.min(Math.max(untilDeadline, FLOOR_SECONDS), CEILING_SECONDS);
  /* Expiry rather than revalidation decides: past it, the next request waits for a fresh page instead of a stale one. */
  return { stale: CLIENT_STALE_SECONDS, revalidate: seconds, expire: seconds + 1 };
}
