import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { appUrl } from "@/lib/config";
import { DomainError } from "@/lib/errors";
import { sendVisitorEmail } from "@/lib/mail/visitor-mail";
import { passwordResetEmail } from "@/lib/mail/templates/account";
import { readSettings } from "@/lib/settings/queries";
import { releasePasswordCheck, reservePasswordCheck } from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "./password";
import { passwordResetTokens, users } from "./schema";
import { findUserByEmail, setPassword, type User } from "./service";

export const RESET_LINK_VALIDITY_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * "Mot de passe oublié" : an active account gets a one-time link valid one hour, within the ceilings of e-mails a
 * visitor can cause. Unknown addresses get nothing; the caller shows the same page either way.
 */
export function requestPasswordReset(db: Db, email: string, client: string | null, now = new Date()): void {
  const user = findUserByEmail(db, email);
  if (!user || user.status !== "active") return;
  const token = randomBytes(32).toString("base64url");
  if (!sendVisitorEmail(db, passwordResetEmail(readSettings(db).identity, user, passwordLink(token)), client, now)) return;
  storeToken(db, token, user.id, new Date(now.getTime() + RESET_LINK_VALIDITY_MS));
}

function passwordLink(token: string): string {
  return `${appUrl()}/nouveau-mot-de-passe?jeton=${token}`;
}

function storeToken(db: DbOrTx, token: string, userId: string, expiresAt: Date): void {
  db.insert(passwordResetTokens).values({ tokenHash: hashToken(token), userId, expiresAt }).run();
}

/**
 * A one-time link to choose a password, valid `validityMs`, for an account staff created: the same link as
 * "mot de passe oublié", so claiming the account also confirms its address. The caller sends it.
 */
export function issuePasswordLink(db: DbOrTx, userId: string, validityMs: number, now = new Date()): string {
  const token = randomBytes(32).toString("base64url");
  storeToken(db, token, userId, new Date(now.getTime() + validityMs));
  return passwordLink(token);
}

const EXPIRED = "Ce lien a expiré ou a déjà été utilisé : demandez-en un nouveau.";

/** Whether a reset link can still be used, to show its form or say it has expired. */
export function isResetTokenValid(db: Db, token: string, now = new Date()): boolean {
  const row = db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), gt(passwordResetTokens.expiresAt, now)))
    .get();
  return row !== undefined;
}

/**
 * Uses a reset link once: the new password replaces the old, every session ends, and the address counts as
 * confirmed (the link reached it). All pending links of the account are spent.
 */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<User> {
  const passwordHash = await hashPassword(password);
  return db.transaction(
    (tx) => {
      const row = tx
        .delete(passwordResetTokens)
        .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), gt(passwordResetTokens.expiresAt, now)))
        .returning({ userId: passwordResetTokens.userId })
        .get();
      const user = row && tx.select().from(users).where(and(eq(users.id, row.userId), eq(users.status, "active"))).get();
      if (!user) throw new DomainError("validation_failed", EXPIRED);
      tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id)).run();
      return tx
        .update(users)
        .set({ passwordHash, sessionKey: crypto.randomUUID(), emailVerified: user.emailVerified ?? now })
        .where(eq(users.id, user.id))
        .returning()
        .get();
    },
    { behavior: "immediate" },
  );
}

/** Changing the password from Mon espace: the current one is asked (and counted like a sign-in attempt). */
export async function changePassword(db: Db, user: User, currentPassword: string, newPassword: string, client: string | null): Promise<void> {
  const reservation = reservePasswordCheck(db, user.email, client);
  if (!reservation) throw new DomainError("rate_limited", "Trop de tentatives : réessayez dans 15 minutes.");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", {
      currentPassword: "Ce n'est pas votre mot de passe actuel.",
    });
  }
  releasePasswordCheck(db, reservation);
  await setPassword(db, user.id, newPassword);
}
