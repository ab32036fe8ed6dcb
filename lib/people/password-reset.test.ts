import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase } from "@/tests/db";
import { listOutbox } from "@/lib/mail/outbox";
import { changePassword, isResetTokenValid, requestPasswordReset, resetPassword, RESET_LINK_VALIDITY_MS } from "./password-reset";
import { verifyPassword } from "./password";
import { users } from "./schema";
import { createUser, findUserByEmail, setPassword } from "./service";

const OLD = "ancien-mot-de-passe";
const NEW = "nouveau-mot-de-passe";

function tokenFromOutbox(db: ReturnType<typeof freshDatabase>, to: string): string {
  const [email] = listOutbox(db, { to });
  const token = /jeton=([\w-]+)/.exec(email?.text ?? "")?.[1];
  if (!token) throw new Error("aucun lien de réinitialisation");
  return token;
}

describe("forgotten password", () => {
  it("sends a one-hour one-time link to an active account, and nothing for an unknown address", async () => {
    const db = freshDatabase();
    await createUser(db, { email: "oubli@example.org", givenName: "Oubli", familyName: "Essai", password: OLD, emailVerified: new Date() });
    const now = new Date();
    requestPasswordReset(db, "inconnue@example.org", null, now);
    expect(listOutbox(db)).toHaveLength(0);

    requestPasswordReset(db, "Oubli@example.org", null, now);
    const [email] = listOutbox(db, { to: "oubli@example.org" });
    expect(email?.secretLink).toMatch(/\/nouveau-mot-de-passe\?jeton=/);
    const token = tokenFromOutbox(db, "oubli@example.org");
    expect(isResetTokenValid(db, token, new Date(now.getTime() + RESET_LINK_VALIDITY_MS - 1000))).toBe(true);
    expect(isResetTokenValid(db, token, new Date(now.getTime() + RESET_LINK_VALIDITY_MS + 1000))).toBe(false);
    await expect(resetPassword(db, token, NEW, new Date(now.getTime() + RESET_LINK_VALIDITY_MS + 1000))).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("sets the new password once, ends every session and confirms the address", async () => {
    const db = freshDatabase();
    const user = await createUser(db, { email: "reset@example.org", givenName: "Reset", familyName: "Essai", password: OLD });
    requestPasswordReset(db, user.email, null);
    const token = tokenFromOutbox(db, user.email);
    const updated = await resetPassword(db, token, NEW);
    expect(await verifyPassword(updated.passwordHash, NEW)).toBe(true);
    expect(updated.sessionKey).not.toBe(user.sessionKey);
    expect(updated.emailVerified).not.toBeNull();
    await expect(resetPassword(db, token, "encore-un-autre-mot")).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("asks for the current password to change it, and changing it replaces the session key", async () => {
    const db = freshDatabase();
    const user = await createUser(db, { email: "change@example.org", givenName: "Change", familyName: "Essai", password: OLD, emailVerified: new Date() });
    await expect(changePassword(db, user, "pas-le-bon", NEW, null)).rejects.toMatchObject({ fieldErrors: { currentPassword: "Ce n'est pas votre mot de passe actuel." } });
    await changePassword(db, user, OLD, NEW, null);
    const after = findUserByEmail(db, user.email)!;
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.sessionKey).not.toBe(user.sessionKey);
  });

  it("ends the sessions when an operator sets the password too", async () => {
    const db = freshDatabase();
    const user = await createUser(db, { email: "cli@example.org", givenName: "CLI", familyName: "Essai", password: OLD });
    await setPassword(db, user.id, NEW);
    expect(db.select().from(users).where(eq(users.id, user.id)).get()?.sessionKey).not.toBe(user.sessionKey);
  });
});
