import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/log";
import { enqueueEmail } from "@/lib/mail/outbox";
import { accountApprovedEmail, accountRefusedEmail } from "@/lib/mail/templates/account";
import { readSettings } from "@/lib/settings/queries";
import { organisations } from "@/lib/organisations/schema";
import { organisationForLabel } from "@/lib/organisations/structure";
import { assertActorRole, type Actor } from "./actor";
import { nameColumns, type PersonName } from "./names";
import { hashPassword } from "./password";
import { users, type DirectoryConsent, type Role } from "./schema";

export type User = typeof users.$inferSelect;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(sql`lower(${users.email})`, normaliseEmail(email))).get();
}

/** The user as the database knows them now, or undefined when missing, refused or deleted. */
export function findActiveUser(db: Db, id: string): User | undefined {
  return db.select().from(users).where(and(eq(users.id, id), eq(users.status, "active"))).get();
}

export type NewUser = PersonName & {
  email: string;
  password?: string;
  role?: Role;
  emailVerified?: Date | null;
  organisationId?: string | null;
  organisationOther?: string | null;
  jobTitle?: string | null;
  phone?: string | null;
};

export async function createUser(db: Db, input: NewUser): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const email = normaliseEmail(input.email);
  if (findUserByEmail(db, email)) throw new DomainError("conflict", "Un compte existe déjà avec cette adresse e-mail.", { email: "Un compte existe déjà avec cette adresse e-mail." });
  try {
    return db
      .insert(users)
      .values({
        email,
        ...nameColumns(input),
        passwordHash,
        role: input.role ?? "pending",
        emailVerified: input.emailVerified ?? null,
        organisationId: input.organisationId ?? null,
        organisationOther: input.organisationOther ?? null,
        jobTitle: input.jobTitle ?? null,
        phone: input.phone ?? null,
        approvedAt: input.role && input.role !== "pending" ? new Date() : null,
      })
      .returning()
      .get();
  } catch (error) {
    /* Two sign-ups racing on one address: the unique index decides. */
    if (error instanceof Error && error.message.includes("UNIQUE")) {
      throw new DomainError("conflict", "Un compte existe déjà avec cette adresse e-mail.", { email: "Un compte existe déjà avec cette adresse e-mail." });
    }
    throw error;
  }
}

/** Sets a new password and a new session key: every session opened before, on any device, ends. */
export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.update(users).set({ passwordHash, sessionKey: crypto.randomUUID() }).where(eq(users.id, userId)).run();
}

/** Staff decide on a pending account: approved, it becomes a member; refused, it can no longer sign in. Either way they are told by e-mail. */
function decideOnPendingAccount(db: Db, actor: Actor, userId: string, decision: "approve" | "refuse"): User {
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const user = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!user) throw new DomainError("not_found", "Ce compte n'existe pas.");
      if (user.role !== "pending" || user.status !== "active") throw new DomainError("conflict", "Ce compte n'est pas en attente de validation.");
      if (decision === "approve" && !user.emailVerified) {
        throw new DomainError("conflict", "L'adresse e-mail de ce compte n'est pas encore confirmée : il ne peut pas être validé.");
      }
      const change = decision === "approve" ? { role: "member" as const, approvedAt: new Date() } : { status: "refused" as const };
      const updated = tx.update(users).set(change).where(eq(users.id, userId)).returning().get();
      recordAudit(tx, { actorId, action: `user.${decision}`, entityType: "user", entityId: userId });
      const identity = readSettings(tx).identity;
      enqueueEmail(tx, decision === "approve" ? accountApprovedEmail(identity, user) : accountRefusedEmail(identity, user));
      return updated;
    },
    { behavior: "immediate" },
  );
}

export function approveUser(db: Db, actor: Actor, userId: string): User {
  return decideOnPendingAccount(db, actor, userId, "approve");
}

export function refuseUser(db: Db, actor: Actor, userId: string): User {
  return decideOnPendingAccount(db, actor, userId, "refuse");
}

/** Admins change roles; an admin cannot demote themselves (the platform would lose its last admin too easily). */
export function changeRole(db: Db, actor: Actor, userId: string, role: Role): User {
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "admin");
      if (actorId === userId) throw new DomainError("conflict", "Vous ne pouvez pas modifier votre propre rôle.");
      const user = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!user) throw new DomainError("not_found", "Ce compte n'existe pas.");
      const updated = tx
        .update(users)
        .set({ role, approvedAt: user.approvedAt ?? (role === "pending" ? null : new Date()) })
        .where(eq(users.id, userId))
        .returning()
        .get();
      recordAudit(tx, { actorId, action: "user.role", entityType: "user", entityId: userId, details: { from: user.role, to: role } });
      return updated;
    },
    { behavior: "immediate" },
  );
}

/**
 * Staff attach accounts created with "Autre structure" to a real organisation: one of the database, or of the
 * catalogue (created on first use). The free name is then dropped. All the accounts or none.
 */
export function attachOrganisation(db: Db, actor: Actor, userIds: readonly string[], label: string): User[] {
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const organisationId = organisationForLabel(tx, label);
      if (!organisationId) {
        throw new DomainError("validation_failed", "Le formulaire contient des erreurs.", { organisation: "Choisissez une structure proposée dans la liste." });
      }
      return attachAccounts(tx, actorId, userIds, organisationId);
    },
    { behavior: "immediate" },
  );
}

/** The one rule of attaching, inside the caller's transaction (also used when staff create the organisation at the same time). */
export function attachAccounts(tx: DbOrTx, actorId: string | null, userIds: readonly string[], organisationId: string): User[] {
  if (userIds.length === 0) throw new DomainError("validation_failed", "Cochez au moins un compte à rattacher.");
  return userIds.map((userId) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new DomainError("not_found", "Ce compte n'existe pas.");
    const updated = tx.update(users).set({ organisationId, organisationOther: null }).where(eq(users.id, userId)).returning().get();
    recordAudit(tx, {
      actorId,
      action: "user.organisation",
      entityType: "user",
      entityId: userId,
      details: { from: user.organisationOther, to: organisationId },
    });
    return updated;
  });
}

export type ProfileInput = PersonName & {
  jobTitle: string | null;
  phone: string | null;
  organisationId: string | null;
  organisationOther: string | null;
  directoryConsent: DirectoryConsent;
};

export function updateProfile(db: Db, userId: string, { givenName, familyName, ...profile }: ProfileInput): User {
  return db
    .update(users)
    .set({ ...profile, ...nameColumns({ givenName, familyName }) })
    .where(eq(users.id, userId))
    .returning()
    .get();
}

export function regenerateCalendarToken(db: Db, userId: string): string {
  const calendarToken = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");
  db.update(users).set({ calendarToken }).where(eq(users.id, userId)).run();
  return calendarToken;
}

/** Accounts for the back office: pending ones first, deleted ones last, the rest by family name the French way (accents ignored). */
export function listUsersForStaff(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      givenName: users.givenName,
      familyName: users.familyName,
      role: users.role,
      status: users.status,
      emailVerified: users.emailVerified,
      jobTitle: users.jobTitle,
      createdAt: users.createdAt,
      organisationName: organisations.name,
      organisationOther: users.organisationOther,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(
      desc(sql`${users.role} = 'pending' and ${users.status} = 'active'`),
      asc(sql`${users.status} = 'deleted'`),
      asc(users.sortName),
      asc(users.email),
    )
    .all();
}

export function listOrganisations(db: Db) {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)).all();
}

export function countUsers(db: Db) {
  return db.select({ role: users.role, status: users.status, n: sql<number>`count(*)` }).from(users).groupBy(users.role, users.status).all();
}
