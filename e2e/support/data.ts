import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/open";
import { flushCacheInvalidations, invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { outboxEmails } from "@/lib/mail/schema";
import { meetings } from "@/lib/meetings/schema";
import { formalName } from "@/lib/people/names";
import { createUser } from "@/lib/people/service";
import { users, type Role } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";
import { settings } from "@/lib/settings/schema";
import { openE2eDatabase } from "./db";

/* Reads and prepares data in the database the e2e server runs on (playwright.config.ts shares DATABASE_PATH). */

/** The password of the seeded demo accounts (db/seed/content/people.ts). */
export const DEMO_PASSWORD = "irev-demo-2026";

let connection: ReturnType<typeof openE2eDatabase> | undefined;

/** One connection per worker, opened on first use (WAL: safe alongside the server). */
export function testDb(): Db {
  connection ??= openE2eDatabase();
  return connection.db;
}

/* ---------- Accounts ---------- */

/** `name` as the header and Mon espace show it ("Camille Essai"), `formalName` as the members list does ("ESSAI Camille"). */
export type Account = { id: string; email: string; name: string; formalName: string; password: string };

/**
 * A fresh account with a verified address, for a test that changes state: no other test knows it.
 * The name carries the same random suffix as the address, so it can be found on admin pages.
 */
export async function createAccount(role: Role = "member", label = "compte"): Promise<Account> {
  const suffix = randomUUID().slice(0, 8);
  const email = `e2e-${label}-${suffix}@example.org`;
  const password = `mot-de-passe-${suffix}`;
  const user = await createUser(testDb(), { email, givenName: "Camille", familyName: `Essai ${label} ${suffix}`, password, role, emailVerified: new Date() });
  return { id: user.id, email, name: user.name, formalName: formalName(user), password };
}

/** A seeded demo account (password DEMO_PASSWORD). */
export function seededAccount(email: string): Account {
  const user = testDb().select().from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`Compte de démonstration absent : ${email}`);
  return { id: user.id, email: user.email, name: user.name, formalName: formalName(user), password: DEMO_PASSWORD };
}

/** The account with this address, as the database holds it now. */
export function findAccount(email: string) {
  return testDb().select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function userRole(userId: string): Role | undefined {
  return testDb().select({ role: users.role }).from(users).where(eq(users.id, userId)).get()?.role;
}

/* ---------- Meetings and registrations ---------- */

export function meetingBySlug(slug: string): typeof meetings.$inferSelect {
  const meeting = testDb().select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting) throw new Error(`Rencontre absente de la base : ${slug}`);
  return meeting;
}

/** Live (not cancelled) registrations of a user for a meeting: there must never be more than one. */
export function liveRegistrations(meetingId: string, userId: string) {
  return testDb()
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.userId, userId), ne(registrations.status, "cancelled")))
    .all();
}

/** The waitlist of a meeting, first position first, with each person's e-mail. */
export function waitlist(meetingId: string) {
  return testDb()
    .select({ userId: registrations.userId, email: users.email, position: registrations.waitlistPosition })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.waitlistPosition))
    .all();
}

/* ---------- Outbox ---------- */

export type OutboxEmail = typeof outboxEmails.$inferSelect & { url: string | null };

/** The first http(s) URL of a text, as an e-mail client would make it clickable. */
export function firstUrl(text: string): string | null {
  return /https?:\/\/[^\s<>"]+/.exec(text)?.[0] ?? null;
}

type EmailQuery = { subject?: RegExp; since?: Date };

/** The latest e-mail written to the outbox for this address (optionally: with a matching subject, written since a given instant), with its first URL. */
export function readLatestEmail(to: string, { subject, since }: EmailQuery = {}): OutboxEmail | undefined {
  const email = testDb()
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.to, to.toLowerCase()))
    .orderBy(desc(outboxEmails.createdAt))
    .all()
    .find((row) => (!subject || subject.test(row.subject)) && (!since || row.createdAt >= since));
  return email && { ...email, url: firstUrl(email.text) };
}

/** Waits until the outbox holds such an e-mail: the server writes it in the transaction of the action, but the test may look first. */
export async function waitForEmail(to: string, query: EmailQuery & { subject: RegExp }): Promise<OutboxEmail> {
  await expect
    .poll(() => readLatestEmail(to, query)?.subject, { message: `e-mail « ${query.subject.source} » pour ${to} dans la boîte d'envoi` })
    .toMatch(query.subject);
  return readLatestEmail(to, query)!;
}

/* ---------- Settings ---------- */

/** Back to the default settings for the tests that follow, and the running server told to expire the pages printing them. */
export async function restoreDefaultSettings(): Promise<void> {
  testDb().delete(settings).run();
  invalidateCache([cacheTags.settings]);
  await flushCacheInvalidations();
}
