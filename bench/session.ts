import type { Db } from "@/db/open";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { authSecret } from "@/lib/auth/secret";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { fullName, type PersonName } from "@/lib/people/names";
import { BASE_URL } from "./server";

/* A real member session for the "membre" rows, opened without a browser, and checked before anything is measured. */

const isSessionCookie = (pair: string) => SESSION_COOKIES.some((name) => pair.startsWith(`${name}=`) || pair.startsWith(`${name}.`));

/**
 * Follows a one-time sign-in link, made as `npm run cli -- signin-link` makes it, and returns the `Cookie` header
 * of the session Auth.js opens (its cookie may come in chunks: all of them).
 */
export async function signInWithLink(db: Db, email: string): Promise<string> {
  const response = await fetch(createSignInLink(db, email, authSecret()), { redirect: "manual" });
  await response.arrayBuffer();
  const pairs = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!.trim()).filter(isSessionCookie);
  if (pairs.length === 0) throw new Error(`Le lien de connexion de ${email} n'a ouvert aucune session (réponse ${response.status}) : mesure annulée.`);
  return pairs.join("; ");
}

/** Refuses to measure unless the cookie opens this member's own session: the header's account endpoint names them. */
export async function checkMemberSession(cookie: string, expected: PersonName): Promise<void> {
  const response = await fetch(`${BASE_URL}/api/compte`, { headers: { cookie } });
  const body = (await response.json().catch(() => null)) as { account?: { name: string; role: string } | null } | null;
  const account = body?.account;
  if (response.status !== 200 || account?.role !== "member" || account.name !== fullName(expected)) {
    throw new Error(`Le cookie de session ne donne pas le compte membre attendu (/api/compte : ${response.status} ${JSON.stringify(body)}) : mesure annulée.`);
  }
}
