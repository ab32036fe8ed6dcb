import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ParsedMail } from "mailparser";
import { DEFAULT_SETTINGS } from "@/lib/settings/registry";
import { freshDatabase } from "@/tests/db";
import { startSmtpServer, type TestSmtpServer } from "@/tests/smtp";
import { deliverDueEmails } from "./delivery";
import { exampleEmails } from "./examples";
import { enqueueEmail } from "./outbox";
import { EMAIL_KINDS } from "./schema";

let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  vi.stubEnv("SMTP_URL", smtp.url);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

/** The value of a property of an iCalendar text, lines unfolded (RFC 5545 §3.1), parameters dropped. */
function icsProperty(ics: string, name: string): string | undefined {
  const line = ics
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(":") + 1);
}

function calendarPart(mail: ParsedMail) {
  return mail.attachments.find((part) => part.contentType === "text/calendar");
}

describe("every e-mail the platform sends, through a real SMTP server", () => {
  it("arrives in UTF-8 with its subject, text and HTML parts, and its calendar part where it has one", async () => {
    const db = freshDatabase();
    const emails = exampleEmails(DEFAULT_SETTINGS);
    expect(emails.map((email) => email.kind)).toEqual([...EMAIL_KINDS]);
    const messageIds = new Map(emails.map((email) => [enqueueEmail(db, email), email]));
    while ((await deliverDueEmails(db))?.sent) {
      /* Passes until the outbox is empty. */
    }
    const received = await smtp.waitFor(emails.length);
    expect(received).toHaveLength(emails.length);

    for (const email of messageIds.values()) {
      const mail = received.find((m) => m.subject === email.subject);
      expect(mail, email.kind).toBeDefined();
      expect((mail!.headers.get("content-type") as { value: string }).value, email.kind).toMatch(/^multipart\//);
      expect(mail!.text?.trim(), email.kind).toBe(email.text.trim());
      expect(mail!.html, email.kind).toContain('<html lang="fr"');
      /* Accents, « » and no-break spaces survive the trip. */
      expect(mail!.text, email.kind).toMatch(/[éèàç]/);
      const part = calendarPart(mail!);
      if (!email.calendar) {
        expect(part, email.kind).toBeUndefined();
        continue;
      }
      expect(part?.headers.get("content-type"), email.kind).toMatchObject({ params: { method: email.calendar.method, charset: "utf-8" } });
      const ics = part!.content.toString("utf8");
      expect(icsProperty(ics, "METHOD"), email.kind).toBe(email.calendar.method);
      expect(icsProperty(ics, "UID"), email.kind).toBe("meeting-exemple@irev-reseau");
      expect(icsProperty(ics, "SEQUENCE"), email.kind).toBe(email.calendar.method === "REQUEST" && email.kind !== "meeting_changed" ? "0" : "1");
      if (email.calendar.method === "CANCEL") expect(icsProperty(ics, "STATUS"), email.kind).toBe("CANCELLED");
    }
  });
});
