import { lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { passwordResetTokens, verificationTokens } from "./schema";

/**
 * Deletes the one-time links that can no longer be used (password reset, sign-in and address verification): using
 * one deletes it, but an unused one would stay forever. Returns how many were deleted.
 */
export function deleteExpiredTokens(db: DbOrTx, now: Date): number {
  const resets = db.delete(passwordResetTokens).where(lte(passwordResetTokens.expiresAt, now)).run().changes;
  const verifications = db.delete(verificationTokens).where(lte(verificationTokens.expires, now)).run().changes;
  return resets + verifications;
}
