import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startWorkerProcess } from "@/tests/child-process";
import { and, asc, eq, ne } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { registrations } from "./schema";
import { cancelRegistration, register } from "./service";

const DAY = 86_400_000;

/** A fresh database file of its own, and how to close and delete it. */
function createTempDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "irev-concurrency-"));
  const file = path.join(dir, "test.db");
  const { db, sqlite } = openDatabase(file);
  const dispose = () => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, file, dispose };
}

function insertMeeting(db: Db, capacity: number): string {
  const startsAt = new Date(Date.now() + 10 * DAY);
  return db
    .insert(meetings)
    .values({
      kind: "rencontre_reseau",
      title: "Rencontre de test",
      slug: `rencontre-${capacity}-${crypto.randomUUID()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7 * 3600_000),
      status: "published",
      capacity,
      waitlistEnabled: true,
      registrationEnabled: true,
    })
    .returning({ id: meetings.id })
    .get().id;
}

function insertMembers(db: Db, count: number): string[] {
  if (count === 0) return [];
  const rows = Array.from({ length: count }, (_, i) => ({
    email: `membre-${i}@example.org`,
    name: `Membre ${i}`,
    role: "member" as const,
    emailVerified: new Date(),
  }));
  return db.insert(users).values(rows).returning({ id: users.id }).all().map((row) => row.id);
}

type Snapshot = { confirmed: string[]; waitlist: string[] };

/** Live registrations as the database holds them, waitlist in position order; checks the invariants on the way. */
function readAndCheck(db: Db, meetingId: string, capacity: number): Snapshot {
  const live = db
    .select({ userId: registrations.userId, status: registrations.status, position: registrations.waitlistPosition })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), ne(registrations.status, "cancelled")))
    .orderBy(asc(registrations.waitlistPosition))
    .all();
  const confirmed = live.filter((r) => r.status === "confirmed");
  const waitlisted = live.filter((r) => r.status === "waitlisted");

  expect(confirmed.length + waitlisted.length).toBe(live.length);
  expect(confirmed.length).toBeLessThanOrEqual(capacity);
  if (waitlisted.length > 0) expect(confirmed.length).toBe(capacity);
  expect(waitlisted.map((r) => r.position)).toEqual(waitlisted.map((_, i) => i + 1));
  expect(confirmed.every((r) => r.position === null)).toBe(true);
  expect(new Set(live.map((r) => r.userId)).size).toBe(live.length);

  return { confirmed: confirmed.map((r) => r.userId), waitlist: waitlisted.map((r) => r.userId) };
}

/** What the rules say should happen, in plain arrays: seats in order of confirmation, waitlist in arrival order. */
class RegistrationModel {
  readonly confirmed: string[] = [];
  readonly waitlist: string[] = [];

  constructor(private readonly capacity: number) {}

  register(userId: string): "confirmed" | "waitlisted" {
    if (this.confirmed.includes(userId)) return "confirmed";
    if (this.waitlist.includes(userId)) return "waitlisted";
    if (this.confirmed.length < this.capacity) {
      this.confirmed.push(userId);
      return "confirmed";
    }
    this.waitlist.push(userId);
    return "waitlisted";
  }

  /** The users promoted by this cancellation, or null when the user had no live registration. */
  cancel(userId: string): string[] | null {
    const waiting = this.waitlist.indexOf(userId);
    if (waiting >= 0) {
      this.waitlist.splice(waiting, 1);
      return [];
    }
    const seat = this.confirmed.indexOf(userId);
    if (seat < 0) return null;
    this.confirmed.splice(seat, 1);
    const promoted = this.waitlist.splice(0, this.capacity - this.confirmed.length);
    this.confirmed.push(...promoted);
    return promoted;
  }
}

const scenario = fc
  .record({ capacity: fc.integer({ min: 1, max: 15 }), userCount: fc.integer({ min: 0, max: 40 }) })
  .chain(({ capacity, userCount }) =>
    fc.record({
      capacity: fc.constant(capacity),
      userCount: fc.constant(userCount),
      operations:
        userCount === 0
          ? fc.constant([])
          : fc.array(fc.record({ kind: fc.constantFrom("register", "cancel"), user: fc.nat(userCount - 1) }), { maxLength: 120 }),
    }),
  );

describe("registrations under any interleaving", () => {
  it("keep capacity, a contiguous waitlist and arrival order after every step", () => {
    fc.assert(
      fc.property(scenario, ({ capacity, userCount, operations }) => {
        const { db, dispose } = createTempDatabase();
        try {
          const meetingId = insertMeeting(db, capacity);
          const userIds = insertMembers(db, userCount);
          const model = new RegistrationModel(capacity);

          for (const operation of operations) {
            const userId = userIds[operation.user]!;
            if (operation.kind === "register") {
              const expected = model.register(userId);
              expect(register(db, { meetingId, userId }).registration.status).toBe(expected);
            } else {
              const expectedPromotions = model.cancel(userId);
              if (expectedPromotions === null) {
                expect(() => cancelRegistration(db, { meetingId, userId })).toThrow(DomainError);
              } else {
                const { promoted } = cancelRegistration(db, { meetingId, userId });
                expect(promoted.map((r) => r.userId)).toEqual(expectedPromotions);
              }
            }
            const actual = readAndCheck(db, meetingId, capacity);
            expect(new Set(actual.confirmed)).toEqual(new Set(model.confirmed));
            expect(actual.waitlist).toEqual(model.waitlist);
          }
        } finally {
          dispose();
        }
      }),
      { numRuns: 50 },
    );
  });
});

type WorkerLine = { userId: string; status?: string; waitlistPosition?: number | null; promoted?: string[] };

const WORKER = fileURLToPath(new URL("./concurrency-worker.ts", import.meta.url));

/**
 * Runs one worker process per batch on the same database file. Each opens its own connection, then all
 * are released together once every one is ready, so their transactions really compete for the lock.
 * Returns each worker's lines, in the order that worker ran its operations.
 */
async function runWorkersTogether(file: string, meetingId: string, action: "register" | "cancel", batches: string[][], staff: { action: "approve" | "staff-cancel"; args: string[] }[] = []): Promise<WorkerLine[][]> {
  const workers = [
    ...batches.map((userIds) => startWorkerProcess(WORKER, [file, meetingId, action, ...userIds])),
    ...staff.map((work) => startWorkerProcess(WORKER, [file, meetingId, work.action, ...work.args])),
  ];
  await Promise.all(workers.map((worker) => worker.ready));
  for (const worker of workers) worker.go();
  return Promise.all(workers.map(async (worker) => (await worker.exited).map((line) => JSON.parse(line) as WorkerLine)));
}

describe("registrations from several processes at once", () => {
  it("confirm exactly the capacity, then promote the waitlist in arrival order", async () => {
    const { db, file, dispose } = createTempDatabase();
    try {
      const capacity = 30;
      const meetingId = insertMeeting(db, capacity);
      const userIds = insertMembers(db, 100);
      const batchesOf = (ids: string[], count: number) => Array.from({ length: count }, (_, i) => ids.filter((_, j) => j % count === i));

      const registered = (await runWorkersTogether(file, meetingId, "register", batchesOf(userIds, 4))).flat();
      expect(registered).toHaveLength(100);
      expect(registered.filter((r) => r.status === "confirmed")).toHaveLength(30);
      const waitlistPositions = registered.filter((r) => r.status === "waitlisted").map((r) => r.waitlistPosition!);
      expect(waitlistPositions.sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
      const before = readAndCheck(db, meetingId, capacity);
      expect(before.confirmed).toHaveLength(30);
      expect(before.waitlist).toHaveLength(70);
      expect(db.select().from(registrations).all()).toHaveLength(100);

      const leaving = before.confirmed.slice(0, 10);
      const cancelled = await runWorkersTogether(file, meetingId, "cancel", batchesOf(leaving, 4));
      const after = readAndCheck(db, meetingId, capacity);
      expect(after.confirmed).toHaveLength(30);
      expect(after.waitlist).toEqual(before.waitlist.slice(10));
      const firstTen = before.waitlist.slice(0, 10);
      expect(new Set(after.confirmed)).toEqual(new Set([...before.confirmed.slice(10), ...firstTen]));
      /* Each cancellation promoted exactly one person, and within one process, later cancellations promoted people further down the list. */
      for (const lines of cancelled) {
        expect(lines.every((line) => line.promoted?.length === 1)).toBe(true);
        const positions = lines.map((line) => firstTen.indexOf(line.promoted![0]!));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
      expect(cancelled.flat().flatMap((line) => line.promoted ?? []).sort()).toEqual([...firstTen].sort());
    } finally {
      dispose();
    }
  });
});

describe("staff actions while members register, from several processes at once", () => {
  it("never confirm beyond the capacity: approvals and cancellations on behalf share the members' rule", async () => {
    const { db, file, dispose } = createTempDatabase();
    try {
      const capacity = 20;
      const meetingId = insertMeeting(db, capacity);
      const [staffId, ...people] = insertMembers(db, 81);
      db.update(users).set({ role: "staff" }).where(eq(users.id, staffId!)).run();
      const requesters = people.slice(0, 30);
      const members = people.slice(30);
      const requests = db
        .insert(registrations)
        .values(requesters.map((userId) => ({ meetingId, userId, status: "pending_approval" as const })))
        .returning({ id: registrations.id })
        .all()
        .map((row) => row.id);
      const early = db
        .insert(registrations)
        .values(members.slice(0, 5).map((userId) => ({ meetingId, userId, status: "confirmed" as const })))
        .returning({ id: registrations.id })
        .all()
        .map((row) => row.id);
      const batchesOf = (ids: string[], count: number) => Array.from({ length: count }, (_, i) => ids.filter((_, j) => j % count === i));

      await runWorkersTogether(file, meetingId, "register", batchesOf(members.slice(5), 3), [
        { action: "approve", args: [staffId!, ...requests.slice(0, 15)] },
        { action: "approve", args: [staffId!, ...requests.slice(15)] },
        { action: "staff-cancel", args: [staffId!, ...early] },
      ]);
      const after = readAndCheck(db, meetingId, capacity);
      expect(after.confirmed).toHaveLength(capacity);
      expect(after.confirmed.length + after.waitlist.length).toBe(75);
      expect(db.select().from(registrations).where(eq(registrations.overCapacity, true)).all()).toHaveLength(0);
    } finally {
      dispose();
    }
  });
});
