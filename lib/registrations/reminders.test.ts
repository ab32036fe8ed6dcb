import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/open";
import { outboxEmails } from "@/lib/mail/schema";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { parisInstant } from "@/lib/time";
import { reminderWindow, sendDueReminders } from "./reminders";
import { registrations } from "./schema";

const HOUR = 3_600_000;

function meetingAt(db: Db, startsAt: Date, overrides: Partial<Parameters<typeof insertMeeting>[1]> = {}) {
  return insertMeeting(db, { startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), ...overrides });
}

function registrationTo(db: Db, meetingId: string, status: "confirmed" | "waitlisted" | "pending_approval" | "cancelled" = "confirmed", user = insertUser(db)) {
  return db.insert(registrations).values({ meetingId, userId: user.id, status, code: null }).returning().get();
}

const reminders = (db: Db) => db.select().from(outboxEmails).where(eq(outboxEmails.kind, "meeting_reminder")).all();

describe("the reminder window: the day after tomorrow, Paris calendar days", () => {
  it("runs from Paris midnight to Paris midnight, whatever the hour of the run", () => {
    for (const hour of [0, 9, 23]) {
      expect(reminderWindow(parisInstant(2027, 5, 10, hour, 30))).toEqual({ from: parisInstant(2027, 5, 12), to: parisInstant(2027, 5, 13) });
    }
  });

  it("crosses months and years", () => {
    expect(reminderWindow(parisInstant(2026, 12, 30, 12))).toEqual({ from: parisInstant(2027, 1, 1), to: parisInstant(2027, 1, 2) });
    expect(reminderWindow(parisInstant(2027, 2, 27, 8))).toEqual({ from: parisInstant(2027, 3, 1), to: parisInstant(2027, 3, 2) });
  });

  it("is a 23-hour day when summer time starts and a 25-hour day when it ends", () => {
    /* Summer time starts on Sunday 28 March 2027 and ends on Sunday 31 October 2027. */
    const spring = reminderWindow(parisInstant(2027, 3, 26, 23, 30));
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * HOUR);
    expect(spring.from.toISOString()).toBe("2027-03-27T23:00:00.000Z");
    const autumn = reminderWindow(parisInstant(2027, 10, 29, 0, 10));
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * HOUR);
    expect(autumn.to.toISOString()).toBe("2027-10-31T23:00:00.000Z");
  });
});

describe("sendDueReminders", () => {
  it("reminds confirmed registrations to meetings on the day after tomorrow, edges included, across the spring change", () => {
    const db = freshDatabase();
    const now = parisInstant(2027, 3, 26, 23, 30);
    const inside = [parisInstant(2027, 3, 28), parisInstant(2027, 3, 28, 9), parisInstant(2027, 3, 28, 23, 59)].map((at) => meetingAt(db, at));
    const outside = [parisInstant(2027, 3, 27, 23, 59), parisInstant(2027, 3, 29)].map((at) => meetingAt(db, at));
    for (const meeting of [...inside, ...outside]) registrationTo(db, meeting.id);

    expect(sendDueReminders(db, now)).toBe(3);
    expect(reminders(db).map((email) => email.subject).sort()).toEqual(inside.map((m) => `Rappel\u00a0: «\u00a0${m.title}\u00a0», dimanche 28 mars 2027`).sort());
  });

  it("uses the Paris day when summer time ends", () => {
    const db = freshDatabase();
    const late = meetingAt(db, parisInstant(2027, 10, 31, 23, 30));
    const nextDay = meetingAt(db, parisInstant(2027, 11, 1));
    registrationTo(db, late.id);
    registrationTo(db, nextDay.id);
    expect(sendDueReminders(db, parisInstant(2027, 10, 29, 0, 10))).toBe(1);
    expect(reminders(db)[0]?.subject).toContain(late.title);
  });

  it("skips drafts, cancelled meetings, registrations without a seat and deleted accounts", () => {
    const db = freshDatabase();
    const now = parisInstant(2027, 5, 10, 9);
    const at = parisInstant(2027, 5, 12, 14);
    registrationTo(db, meetingAt(db, at, { status: "draft" }).id);
    registrationTo(db, meetingAt(db, at, { status: "cancelled" }).id);
    const meeting = meetingAt(db, at);
    for (const status of ["waitlisted", "pending_approval", "cancelled"] as const) registrationTo(db, meeting.id, status);
    registrationTo(db, meeting.id, "confirmed", insertUser(db, "member", { status: "deleted" }));
    const kept = registrationTo(db, meeting.id, "confirmed", insertUser(db, "member", { givenName: "Jeanne", name: "Jeanne Dupont" }));

    expect(sendDueReminders(db, now)).toBe(1);
    const [email] = reminders(db);
    expect(email?.dedupeKey).toBe(`reminder:${kept.id}`);
    expect(email?.text).toMatch(/^Bonjour Jeanne,/);
    expect(email?.html).toContain("<!DOCTYPE html>");
  });

  it("queues one reminder per registration however often it runs, and catches registrations made later that day", () => {
    const db = freshDatabase();
    const meeting = meetingAt(db, parisInstant(2027, 5, 12, 9, 30));
    const first = registrationTo(db, meeting.id);
    expect(sendDueReminders(db, parisInstant(2027, 5, 10, 1))).toBe(1);
    expect(sendDueReminders(db, parisInstant(2027, 5, 10, 2))).toBe(0);
    const second = registrationTo(db, meeting.id);
    expect(sendDueReminders(db, parisInstant(2027, 5, 10, 18))).toBe(1);
    expect(sendDueReminders(db, parisInstant(2027, 5, 11, 1))).toBe(0);
    expect(reminders(db).map((email) => email.dedupeKey).sort()).toEqual([`reminder:${first.id}`, `reminder:${second.id}`].sort());
  });

  it("sends one reminder when two processes run it on the same database", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "irev-reminders-")), "test.db");
    const one = openDatabase(file).db;
    const two = openDatabase(file).db;
    const meeting = meetingAt(one, parisInstant(2027, 5, 12, 9, 30));
    registrationTo(one, meeting.id);
    const now = parisInstant(2027, 5, 10, 9);
    expect(sendDueReminders(one, now) + sendDueReminders(two, now)).toBe(1);
    expect(reminders(two)).toHaveLength(1);
  });

  it("counts on the database to refuse a second reminder for a registration", () => {
    const db = freshDatabase();
    const meeting = meetingAt(db, parisInstant(2027, 5, 12, 9, 30));
    const registration = registrationTo(db, meeting.id);
    sendDueReminders(db, parisInstant(2027, 5, 10, 9));
    const [queued] = reminders(db);
    expect(() => db.insert(outboxEmails).values({ ...queued!, id: "autre", messageId: "<autre@example.org>" }).run()).toThrow(/UNIQUE/);
    expect(queued?.dedupeKey).toBe(`reminder:${registration.id}`);
  });
});
