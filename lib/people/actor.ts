import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { hasRole } from "./roles";
import { users, type Role } from "./schema";

/** Who performs a privileged change: a signed-in user, or the operator at the command line. */
export type Actor = { userId: string } | "operator";

/** Checks the actor's CURRENT role in the database; returns the user id to record in the audit log. */
export function assertActorRole(db: DbOrTx, actor: Actor, atLeast: Role): string | null {
  if (actor === "operator") return null;
  const row = db.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, actor.userId)).get();
  if (!row || row.status !== "active") throw new DomainError("unauthenticated", "Votre session a expiré : reconnectez-vous.");
  if (!hasRole(row.role, atLeast)) throw new DomainError("forbidden", "Vous n'avez pas les droits nécessaires pour cette action.");
  return actor.userId;
}
