import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/open";
import { auditLog } from "@/lib/audit/schema";
import { registrations } from "@/lib/registrations/schema";
import { parisInstant } from "@/lib/time";
import { startWorkerProcess } from "@/tests/child-process";
import { insertMeeting, insertUser } from "@/tests/db";
import { attendanceMarks } from "./schema";

const WORKER = fileURLToPath(new URL("./concurrency-worker.ts", import.meta.url));

describe("a mark sent at once by several processes", () => {
  it("is recorded exactly once: every other send is answered as a replay", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irev-check-in-"));
    const file = path.join(dir, "test.db");
    const { db, sqlite } = openDatabase(file);
    try {
      const staff = insertUser(db, "staff");
      const meeting = insertMeeting(db, { startsAt: parisInstant(2026, 12, 3, 9), endsAt: parisInstant(2026, 12, 3, 17) });
      const member = insertUser(db, "member");
      const registration = db.insert(registrations).values({ meetingId: meeting.id, userId: member.id, status: "confirmed", code: "K7Q-4MP" }).returning().get();
      const keys = Array.from({ length: 5 }, () => crypto.randomUUID());
      /* Four phones replay the same five queued marks, in their own order, at the same instant. */
      const orders = [keys, [...keys].reverse(), [...keys.slice(2), ...keys.slice(0, 2)], [...keys.slice(1), keys[0]!]];
      const workers = orders.map((order) => startWorkerProcess(WORKER, [file, meeting.id, staff.id, registration.id, "2026-12-03:am", ...order]));
      await Promise.all(workers.map((worker) => worker.ready));
      for (const worker of workers) worker.go();
      const answers = (await Promise.all(workers.map((worker) => worker.exited))).flat().map((line) => JSON.parse(line) as { idempotencyKey: string; replayed: boolean });

      expect(answers).toHaveLength(20);
      for (const key of keys) expect(answers.filter((answer) => answer.idempotencyKey === key && !answer.replayed)).toHaveLength(1);
      expect(db.select().from(attendanceMarks).all()).toHaveLength(5);
      expect(db.select().from(auditLog).where(eq(auditLog.action, "attendance.mark")).all()).toHaveLength(5);
      expect(db.select().from(registrations).where(eq(registrations.id, registration.id)).get()!.attendance).toEqual({ "2026-12-03:am": true });
    } finally {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
