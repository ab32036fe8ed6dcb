import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { openDatabase, type Db } from "@/db/open";
import { register } from "@/lib/registrations/service";
import { settings } from "@/lib/settings/schema";
import { readSettings } from "@/lib/settings/queries";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { deliverUntilEmpty } from "@/tests/delivery-loop";
import { startSmtpServer, type TestSmtpServer } from "@/tests/smtp";
import { startWorkerProcess } from "@/tests/child-process";
import { deliverDueEmails, deliveryConfig, isServerUnavailable, smtpTransport } from "./delivery";
import { claimNextEmail, countOutboxByStatus, enqueueEmail, resendFailedEmails } from "./outbox";
import { outboxEmails } from "./schema";

/* Milliseconds instead of minutes, so retries and give-ups happen within the test. */
const CONFIG = { MAIL_RETRY_BASE_MS: "100", MAIL_RETRY_MAX_MS: "400", MAIL_MAX_ATTEMPTS: "4", MAIL_LEASE_MS: "1000" };

let smtp: TestSmtpServer;

beforeEach(async () => {
  smtp = await startSmtpServer();
  vi.stubEnv("SMTP_URL", smtp.url);
  for (const [name, value] of Object.entries(CONFIG)) vi.stubEnv(name, value);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

const t0 = new Date("2027-03-01T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

const message = {
  to: "élise.durand@example.org",
  kind: "staff_message" as const,
  subject: "Réunion déplacée : « Quartiers d'été »",
  text: "Bonjour Élise,\n\nLa réunion a lieu à Saint-Quentin, salle Léo-Lagrange.",
  html: "<p>Bonjour Élise,</p><p>La réunion a lieu à <strong>Saint-Quentin</strong>, salle Léo-Lagrange.</p>",
};

function rows(db: Db) {
  return db.select().from(outboxEmails).all();
}

/** Runs passes, the clock moving on by `stepMs` each time, until nothing is left to send (or `maxPasses`). */
async function drain(db: Db, from: Date, stepMs: number, maxPasses = 100): Promise<Date> {
  let now = from;
  for (let pass = 0; pass < maxPasses && countOutboxByStatus(db).queued > 0; pass++) {
    await deliverDueEmails(db, now);
    now = new Date(now.getTime() + stepMs);
  }
  return now;
}

function calendarPart(mail: ParsedMail) {
  return mail.attachments.find((part) => part.contentType === "text/calendar");
}

describe("delivery over SMTP", () => {
  it("does nothing without SMTP_URL: e-mails stay in the outbox", async () => {
    vi.stubEnv("SMTP_URL", "");
    const db = freshDatabase();
    enqueueEmail(db, message);
    expect(await deliverDueEmails(db, t0)).toBeNull();
    expect(countOutboxByStatus(db).queued).toBe(1);
  });

  it("sends UTF-8 text and HTML parts, from the sender in the settings, with the message's own Message-ID", async () => {
    const db = freshDatabase();
    db.insert(settings)
      .values({ key: "mail", value: { senderName: "IREV – Réseau", senderAddress: "reseau@irev.example", replyTo: "contact@irev.example" } })
      .run();
    const id = enqueueEmail(db, message);
    expect(await deliverDueEmails(db, t0)).toEqual({ sent: 1, failed: 0 });

    const [mail] = await smtp.waitFor(1);
    const stored = rows(db)[0]!;
    expect(mail!.messageId).toBe(stored.messageId);
    expect(mail!.subject).toBe(message.subject);
    expect(mail!.text?.trim()).toBe(message.text);
    expect(mail!.html).toContain("<strong>Saint-Quentin</strong>, salle Léo-Lagrange");
    expect(mail!.from?.value).toEqual([{ name: "IREV – Réseau", address: "reseau@irev.example" }]);
    expect(mail!.replyTo?.value).toEqual([{ name: "", address: "contact@irev.example" }]);
    expect(mail!.to).toMatchObject({ value: [{ address: "élise.durand@example.org" }] });
    expect(calendarPart(mail!)).toBeUndefined();
    expect(stored).toMatchObject({ id, status: "sent", attempts: 1, lastError: null, leaseOwner: null, sentAt: expect.any(Date) });
  });

  it("adds the calendar part with its METHOD, which calendar clients act on", async () => {
    const db = freshDatabase();
    const invitation = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//IREV//Test//FR",
      "METHOD:CANCEL",
      "BEGIN:VEVENT",
      "UID:rencontre-42@irev.example",
      "SEQUENCE:3",
      "DTSTAMP:20270301T090000Z",
      "DTSTART:20270315T083000Z",
      "SUMMARY:Rencontre réseau – Évaluation",
      "STATUS:CANCELLED",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    enqueueEmail(db, { ...message, kind: "meeting_cancelled", calendar: { method: "CANCEL", content: invitation } });
    await deliverDueEmails(db, t0);

    const [mail] = await smtp.waitFor(1);
    const part = calendarPart(mail!);
    expect(part?.headers.get("content-type")).toMatchObject({ value: "text/calendar", params: { method: "CANCEL", charset: "utf-8" } });
    const content = part!.content.toString("utf8");
    expect(content).toContain("METHOD:CANCEL");
    expect(content).toContain("UID:rencontre-42@irev.example");
    expect(content).toContain("SEQUENCE:3");
    expect(content).toContain("SUMMARY:Rencontre réseau – Évaluation");
    expect(mail!.text?.trim()).toBe(message.text);
  });

  it("retries a refused message with a doubling back-off, gives it up after the last try, and delivers it when staff resend it", async () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    const id = enqueueEmail(db, message);
    smtp.refuse(451);

    /* Each failed try waits twice as long as the one before (plus the time the try itself took), up to the ceiling. */
    let now = t0;
    for (const [attempts, delay] of [[1, 100], [2, 200], [3, 400], [4, null]] as const) {
      const before = Date.now();
      expect(await deliverDueEmails(db, now)).toEqual({ sent: 0, failed: 1 });
      const spent = Date.now() - before;
      const row = rows(db)[0]!;
      expect(row.attempts).toBe(attempts);
      if (delay === null) {
        expect(row.nextAttemptAt).toBeNull();
        break;
      }
      const waited = row.nextAttemptAt!.getTime() - now.getTime();
      expect(waited).toBeGreaterThanOrEqual(delay);
      expect(waited).toBeLessThanOrEqual(delay + spent);
      expect(await deliverDueEmails(db, new Date(now.getTime() + delay - 1))).toEqual({ sent: 0, failed: 0 });
      now = row.nextAttemptAt!;
    }
    expect(rows(db)[0]).toMatchObject({ status: "failed", lastError: expect.stringContaining("451") });
    expect(smtp.received).toHaveLength(0);

    smtp.refuse(null);
    expect(await deliverDueEmails(db, at(3_600_000))).toEqual({ sent: 0, failed: 0 });
    resendFailedEmails(db, { userId: staff.id }, [id], at(3_600_000));
    expect(await deliverDueEmails(db, at(3_600_000))).toEqual({ sent: 1, failed: 0 });
    await smtp.waitFor(1);
    expect(rows(db)[0]).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("keeps every message through an outage during a burst of 200 registrations: 200 confirmations arrive, none twice", async () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: null, registrationEnabled: true }, t0);
    const people = Array.from({ length: 200 }, () => insertUser(db, "member"));
    smtp.refuse(421);

    /* The server is down while people register: each pass finds it unavailable, and no message loses a try. */
    for (const [i, person] of people.entries()) {
      register(db, { meetingId: meeting.id, userId: person.id, now: t0 });
      if (i % 50 === 0) expect(await deliverDueEmails(db, at(i))).toEqual({ sent: 0, failed: 1 });
    }
    for (let pass = 0; pass < 20; pass++) await deliverDueEmails(db, at(10_000 * pass));
    expect(countOutboxByStatus(db)).toEqual({ queued: 200, sent: 0, failed: 0 });
    expect(rows(db).every((row) => row.attempts === 0)).toBe(true);
    expect(rows(db).some((row) => row.lastError?.includes("421"))).toBe(true);

    smtp.refuse(null);
    await drain(db, at(3_600_000), 1_000);
    const received = await smtp.waitFor(200);
    expect(received).toHaveLength(200);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(200);
    const recipients = received.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address);
    expect(recipients.sort()).toEqual(people.map((person) => person.email).sort());
    expect(new Set(received.map((mail) => mail.subject))).toEqual(new Set([rows(db)[0]!.subject]));
    expect(rows(db)[0]!.subject).toContain(meeting.title);
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 200, failed: 0 });
  });

  it("sends again, with the same Message-ID, a message accepted by the server just before its worker died", async () => {
    const db = freshDatabase();
    enqueueEmail(db, message);
    const config = deliveryConfig();

    /* A worker claims the message, the server accepts it, and the worker dies before recording it. */
    const claim = claimNextEmail(db, "worker-mort", t0, config.leaseMs, config)!;
    const dying = smtpTransport(smtp.url, readSettings(db).mail);
    await dying.send(claim.email);
    dying.close();
    expect(await deliverDueEmails(db, at(config.leaseMs - 1))).toEqual({ sent: 0, failed: 0 });

    expect(await deliverDueEmails(db, at(config.leaseMs))).toEqual({ sent: 1, failed: 0 });
    const received = await smtp.waitFor(2);
    expect(received.map((mail) => mail.messageId)).toEqual([claim.email.messageId, claim.email.messageId]);
    expect(rows(db)[0]).toMatchObject({ status: "sent", attempts: 2 });
  });
});

describe("server unavailability", () => {
  it("is told apart from a refusal of the message", () => {
    expect(isServerUnavailable({ code: "ESOCKET", command: "CONN" })).toBe(true);
    expect(isServerUnavailable({ code: "EPROTOCOL", command: "CONN", responseCode: 421 })).toBe(true);
    expect(isServerUnavailable({ code: "ETIMEDOUT" })).toBe(true);
    expect(isServerUnavailable({ code: "EENVELOPE", command: "RCPT TO", responseCode: 550 })).toBe(false);
    expect(isServerUnavailable({ code: "EMESSAGE", command: "DATA", responseCode: 451 })).toBe(false);
    expect(isServerUnavailable(new Error("autre"))).toBe(false);
  });
});

describe("delivery settings", () => {
  it("come from the environment, with production defaults, and refuse nonsense", () => {
    expect(deliveryConfig({})).toEqual({ baseMs: 60_000, maxMs: 21_600_000, maxAttempts: 10, leaseMs: 300_000, intervalMs: 5_000 });
    expect(deliveryConfig({ MAIL_RETRY_BASE_MS: "50", MAIL_MAX_ATTEMPTS: " 3 " })).toMatchObject({ baseMs: 50, maxAttempts: 3 });
    expect(() => deliveryConfig({ MAIL_MAX_ATTEMPTS: "0" })).toThrow(/MAIL_MAX_ATTEMPTS/);
    expect(() => deliveryConfig({ MAIL_RETRY_MAX_MS: "1h" })).toThrow(/MAIL_RETRY_MAX_MS/);
  });
});

const WORKER = fileURLToPath(new URL("../../tests/delivery-worker.ts", import.meta.url));

/** A second server process delivering from the same database file; `done` resolves with how many messages it sent. */
function startWorker(file: string) {
  const worker = startWorkerProcess(WORKER, [file]);
  return { ready: worker.ready, go: worker.go, done: worker.exited.then((lines) => Number(lines.at(-1))) };
}

describe("two server processes sharing the outbox", () => {
  it("deliver each message exactly once", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "irev-outbox-")), "test.db");
    const { db } = openDatabase(file);
    for (let i = 0; i < 100; i++) enqueueEmail(db, { ...message, to: `personne-${i}@example.org` });

    const worker = startWorker(file);
    await worker.ready;
    worker.go();
    const here = await deliverUntilEmpty(db);
    const there = await worker.done;

    const received = await smtp.waitFor(100);
    expect(here + there).toBe(100);
    expect(here).toBeGreaterThan(0);
    expect(there).toBeGreaterThan(0);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(100);
    expect(received).toHaveLength(100);
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 100, failed: 0 });
    expect(db.select().from(outboxEmails).where(eq(outboxEmails.attempts, 1)).all()).toHaveLength(100);
  });
});
