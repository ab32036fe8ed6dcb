import type { Db } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { accountExistsEmail } from "@/lib/mail/templates/account";
import { readSettings } from "@/lib/settings/queries";
import { sendVisitorEmail } from "@/lib/mail/visitor-mail";
import { createUser, findUserByEmail, type NewUser } from "./service";

/**
 * Sign-up by a visitor: a pending, unverified account. When the address already has an account, nothing is
 * created and its owner is told by e-mail instead; the visitor sees the same page either way, so the form
 * cannot be used to learn who has an account.
 */
export async function signUpVisitor(
  db: Db,
  input: Omit<NewUser, "role" | "emailVerified">,
  client: string | null,
): Promise<"created" | "already_registered"> {
  try {
    await createUser(db, { ...input, role: "pending", emailVerified: null });
    return "created";
  } catch (error) {
    if (!(error instanceof DomainError && error.code === "conflict")) throw error;
    const owner = findUserByEmail(db, input.email);
    if (owner && owner.status === "active") sendVisitorEmail(db, accountExistsEmail(readSettings(db).identity, owner), client);
    return "already_registered";
  }
}
