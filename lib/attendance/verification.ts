import type { Db } from "@/db/open";
import { releaseHits, reserveHit, type Limit } from "@/lib/rate-limit/hits";
import { attestationByCode, type Attestation } from "./attestations";

const WINDOW_MS = 60 * 60 * 1000;
/** Wrong codes per client (known only behind a declared reverse proxy) in an hour. */
export const MAX_WRONG_CODES_PER_CLIENT = 20;
/** Wrong codes from clients that cannot be told apart (no declared proxy), all together, in an hour. */
export const MAX_WRONG_CODES_UNKNOWN_CLIENTS = 200;

export type Verification = { outcome: "found"; attestation: Attestation } | { outcome: "unknown" } | { outcome: "throttled" };

/**
 * Checks a verification code for /attestations/verifier. One check is reserved BEFORE the register is read, so that
 * codes sent together cannot all be tried; a right code gives its reservation back, wrong ones stay counted, and
 * beyond the limit the code is refused unchecked. Codes are 60 random bits: guessing one is out of reach anyway.
 */
export function verifyAttestationCode(db: Db, code: string, client: string | null, now = new Date()): Verification {
  const limit: Limit = client
    ? { bucket: "attestation-code", key: client, limit: MAX_WRONG_CODES_PER_CLIENT, windowMs: WINDOW_MS }
    : { bucket: "attestation-code", key: "clients-inconnus", limit: MAX_WRONG_CODES_UNKNOWN_CLIENTS, windowMs: WINDOW_MS };
  const reservation = reserveHit(db, [limit], now);
  if (!reservation) return { outcome: "throttled" };
  const attestation = attestationByCode(db, code);
  if (!attestation) return { outcome: "unknown" };
  releaseHits(db, reservation);
  return { outcome: "found", attestation };
}
