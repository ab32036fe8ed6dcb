import type { Db } from "@/db/open";
import { verifyPassword } from "@/lib/people/password";
import { findUserByEmail, type User } from "@/lib/people/service";
import { releasePasswordCheck, reservePasswordCheck } from "./throttle";

/* Hashed even for unknown addresses so response time does not reveal which accounts exist. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Xbq0b8mCG3bWQ2V6l2h2x7aXk3z0l2mZrVQk8JmY3E";

export type PasswordSignIn = { outcome: "signed_in"; user: User } | { outcome: "refused" | "throttled" | "email_not_verified" };

/**
 * Checks an address and password. The check is reserved before the password is hashed (throttle.ts), so
 * attempts sent together are counted as they arrive; a correct password gives its reservation back.
 */
export async function checkPasswordSignIn(db: Db, email: string, password: string, client: string | null): Promise<PasswordSignIn> {
  const reservation = reservePasswordCheck(db, email, client);
  if (!reservation) return { outcome: "throttled" };
  const user = findUserByEmail(db, email);
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || user.status !== "active") return { outcome: "refused" };
  releasePasswordCheck(db, reservation);
  if (!user.emailVerified) return { outcome: "email_not_verified" };
  return { outcome: "signed_in", user };
}
