import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { hasRole } from "@/lib/people/roles";
import { users, type Role } from "@/lib/people/schema";
import { apiTokens } from "./schema";

const TOKEN_PREFIX = "irev_";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const TOKENS_RESERVED = "Les jetons d'API sont réservés aux membres validés du réseau.";

/** product.md reserves API tokens to members and above: a pending account neither creates nor uses one. */
function assertMayUseTokens(role: Role): void {
  if (!hasRole(role, "member")) throw new DomainError("forbidden", TOKENS_RESERVED);
}

/** Creates a token; the clear value is returned once and only its hash is kept. */
export function createApiToken(db: Db, userId: string, name: string): { token: string; id: string } {
  const owner = db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
  if (!owner) throw new DomainError("not_found", "Ce compte n'existe pas.");
  assertMayUseTokens(owner.role);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = db
    .insert(apiTokens)
    .values({ userId, name: name.trim(), tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) })
    .returning({ id: apiTokens.id })
    .get();
  return { token, id: row.id };
}

export function listApiTokens(db: Db, userId: string) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt))
    .all();
}

export function revokeApiToken(db: Db, userId: string, tokenId: string): void {
  const result = db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run();
  if (result.changes === 0) throw new DomainError("not_found", "Ce jeton n'existe pas ou a déjà été révoqué.");
}

/** The active user a bearer token belongs to, or null; a forbidden refusal when that user is no longer (or not yet) a member. */
export function userIdForToken(db: Db, token: string): string | null {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = db
    .select({ id: apiTokens.id, userId: apiTokens.userId, role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), eq(users.status, "active")))
    .get();
  if (!row) return null;
  assertMayUseTokens(row.role);
  db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id)).run();
  return row.userId;
}
