import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/open";
import { meetings } from "@/lib/meetings/schema";
import { nameColumns, type PersonName } from "@/lib/people/names";
import { users, type Role } from "@/lib/people/schema";

/** A migrated database in a fresh temporary file: tests run on real SQLite, never on mocks. */
export function freshDatabase(): Db {
  return openDatabase(path.join(mkdtempSync(path.join(tmpdir(), "irev-test-")), "test.db")).db;
}

let counter = 0;

type UserOverrides = Partial<Omit<typeof users.$inferInsert, "name" | "givenName" | "familyName" | "sortName"> & PersonName>;

/** An account written as the application writes one: the name in its four columns (lib/people/names). */
export function insertUser(db: Db, role: Role = "member", { givenName, familyName, ...overrides }: UserOverrides = {}) {
  counter += 1;
  const name = nameColumns({ givenName: givenName ?? "Personne", familyName: familyName ?? `N${counter}` });
  return db
    .insert(users)
    .values({ email: `personne${counter}@example.org`, ...name, role, emailVerified: new Date(), ...overrides })
    .returning()
    .get();
}

const DAY = 24 * 60 * 60 * 1000;

export function insertMeeting(db: Db, overrides: Partial<typeof meetings.$inferInsert> = {}, now = new Date()) {
  counter += 1;
  return db
    .insert(meetings)
    .values({
      kind: "rencontre_reseau",
      title: `Rencontre ${counter}`,
      slug: `rencontre-${counter}`,
      startsAt: new Date(now.getTime() + 10 * DAY),
      endsAt: new Date(now.getTime() + 10 * DAY + 3 * 60 * 60 * 1000),
      status: "published",
      registrationOpensAt: new Date(now.getTime() - DAY),
      registrationClosesAt: new Date(now.getTime() + 9 * DAY),
      ...overrides,
    })
    .returning()
    .get();
}
