import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/db/open";
import { appUrl } from "@/lib/config";
import { DomainError } from "@/lib/errors";
import { verificationTokens } from "@/lib/people/schema";
import { findUserByEmail } from "@/lib/people/service";

export const SIGN_IN_LINK_VALIDITY_MS = 24 * 60 * 60 * 1000;

/**
 * A fresh one-time sign-in link for an active account, made as Auth.js makes those of the "lien" provider
 * (the token is stored as SHA-256 of token + secret), for operators and the demonstration: no e-mail is sent.
 */
export function createSignInLink(db: Db, email: string, secret: string, now = new Date()): string {
  const user = findUserByEmail(db, email);
  if (!user || user.status !== "active") throw new DomainError("not_found", `Aucun compte actif n'existe avec l'adresse ${email}.`);
  const token = randomBytes(32).toString("hex");
  db.insert(verificationTokens)
    .values({
      identifier: user.email,
      token: createHash("sha256").update(`${token}${secret}`).digest("hex"),
      expires: new Date(now.getTime() + SIGN_IN_LINK_VALIDITY_MS),
    })
    .run();
  return `${appUrl()}/api/auth/callback/lien?${new URLSearchParams({ callbackUrl: `${appUrl()}/mon-espace`, token, email: user.email })}`;
}
