import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "@/db/open";
import { createApiToken } from "@/lib/api-tokens/service";
import { flushCacheInvalidations, invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { meetings } from "@/lib/meetings/schema";
import { nameColumns } from "@/lib/people/names";
import { users, type Role } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";

/*
 * Data written straight into a database a production server runs on, for volume and exact states: shared by the
 * e2e specs (e2e/support/db.ts) and the bench (bench/registrations.ts).
 */

const DAY = 86_400_000;

export type TestUser = { id: string; email: string; name: string; token: string };

/**
 * Active users with a verified e-mail and one API token each, in one transaction. No password: hashing
 * hundreds with argon2 would take minutes, and API calls authenticate with the token.
 * E-mails carry a random run id, so callers can call this as often as they like.
 */
export function createUsersWithTokens(db: Db, count: number, { role = "member", label = "e2e" }: { role?: Role; label?: string } = {}): TestUser[] {
  const run = randomUUID().slice(0, 8);
  /* better-sqlite3 has one connection: statements made through `db` inside the callback join the transaction. */
  return db.transaction(() => {
    const rows = Array.from({ length: count }, (_, i) => ({
      email: `${label}-${i + 1}-${run}@example.org`,
      ...nameColumns({ givenName: "Test", familyName: `${label} ${i + 1}` }),
      role,
      emailVerified: new Date(),
      approvedAt: role === "pending" ? null : new Date(),
    }));
    /* Only members create tokens: pending users get theirs as members, then go back to pending (as if demoted). */
    const created = count === 0 ? [] : db.insert(users).values(rows.map((row) => ({ ...row, role: "member" as const }))).returning({ id: users.id, email: users.email, name: users.name }).all();
    const withTokens = created.map((user) => ({ ...user, token: createApiToken(db, user.id, label).token }));
    if (role !== "member") db.update(users).set({ role }).where(inArray(users.id, created.map((user) => user.id))).run();
    return withTokens;
  });
}

type MeetingValues = typeof meetings.$inferInsert;

/**
 * A published meeting open for registration, starting in ten days unless told otherwise. Resolves once a running
 * server has expired its cached lists, so the meeting shows on the very next request.
 */
export async function insertOpenMeeting(db: Db, values: Pick<MeetingValues, "slug"> & Partial<MeetingValues>): Promise<typeof meetings.$inferSelect> {
  const startsAt = values.startsAt ?? new Date(Date.now() + 10 * DAY);
  const meeting = db
    .insert(meetings)
    .values({
      kind: "rencontre_reseau",
      title: `Rencontre de test ${values.slug}`,
      endsAt: new Date(startsAt.getTime() + 7 * 3600_000),
      status: "published",
      audience: "public",
      registrationEnabled: true,
      ...values,
      startsAt,
    })
    .returning()
    .get();
  invalidateCache([cacheTags.meetings]);
  await flushCacheInvalidations();
  return meeting;
}

/** A meeting's registrations that are not cancelled, as the database holds them: the waitlist in position order. */
export function liveRegistrations(db: Db, meetingId: string) {
  return db
    .select({ id: registrations.id, userId: registrations.userId, status: registrations.status, waitlistPosition: registrations.waitlistPosition })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), ne(registrations.status, "cancelled")))
    .orderBy(asc(registrations.waitlistPosition))
    .all();
}
