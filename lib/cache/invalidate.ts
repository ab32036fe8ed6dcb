import { createHmac, timingSafeEqual } from "node:crypto";
/* With its extension: the e2e fixtures load this file in plain Node, whose ESM resolution needs it. */
import { revalidateTag } from "next/cache.js";
import { authSecret } from "@/lib/auth/secret";
import { CACHE_TAG_PATTERN } from "./tags";

/*
 * Expires cached content the moment a write commits. Inside a request (server action, route handler) Next does it
 * itself. Outside one — the command line, the deadline watch, test fixtures — Next's revalidateTag has no effect, so
 * the tags are posted to the running server's internal route (app/api/interne/cache), which expires them there.
 */

/** Where the server listens, for calls from the same machine. Empty: no server to notify (unit tests). */
export function internalUrl(): string {
  return (process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** The bearer the internal route accepts, derived from the site's secret so no second secret has to be managed. */
export function internalToken(): string {
  return createHmac("sha256", authSecret()).update("irev-reseau cache invalidation").digest("base64url");
}

export function isInternalToken(candidate: string): boolean {
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const pending = new Set<Promise<void>>();

/** Expires these tags now: the next request for anything tagged with them is rendered afresh, never served stale. */
export function invalidateCache(tags: readonly string[]): void {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  if (!unique.every((tag) => CACHE_TAG_PATTERN.test(tag))) throw new Error(`Étiquette de cache invalide : ${unique.join(", ")}`);
  if (expireInThisRequest(unique)) return;
  const sending = notifyServer(unique).finally(() => pending.delete(sending));
  pending.add(sending);
}

function expireInThisRequest(tags: string[]): boolean {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return true;
  } catch (error) {
    /* Next's way of saying there is no request here; anything else (a call during rendering) is a bug to surface. */
    if (error instanceof Error && error.message.includes("static generation store missing")) return false;
    throw error;
  }
}

async function notifyServer(tags: string[]): Promise<void> {
  const base = internalUrl();
  if (!base) return;
  try {
    const response = await fetch(`${base}/api/interne/cache`, {
      method: "POST",
      headers: { authorization: `Bearer ${internalToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`réponse ${response.status}`);
  } catch (error) {
    /* A stopped server holds no cache (it lives in memory): only a running one that cannot be reached matters. */
    if (isConnectionRefused(error)) return;
    console.warn(`Cache : le serveur (${base}) n'a pas pu être prévenu de la modification (${tags.join(", ")}) :`, error);
  }
}

function isConnectionRefused(error: unknown): boolean {
  return error instanceof Error && (error.cause as NodeJS.ErrnoException | undefined)?.code === "ECONNREFUSED";
}

/** Waits until the server has been told of every invalidation made by this process: the CLI and fixtures call it before going on. */
export async function flushCacheInvalidations(): Promise<void> {
  await Promise.all([...pending]);
}
