import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/db";
import { DEFAULT_SETTINGS } from "@/lib/settings/registry";
import { HIDDEN_LINK, countOutboxByStatus, deliverOutbox, enqueueEmail, listOutbox, readableText, type Transport } from "./outbox";
import { accountVerificationEmail, passwordResetEmail, signInLinkEmail } from "./templates/account";

const email = { to: "a@example.org", subject: "Objet", text: "Texte", kind: "staff_message" as const };

describe("outbox", () => {
  it("keeps e-mails queued when delivery fails, and retries them later", async () => {
    const db = freshDatabase();
    enqueueEmail(db, email);
    const failing: Transport = { send: async () => Promise.reject(new Error("SMTP injoignable")) };
    const now = new Date("2027-01-01T10:00:00Z");
    expect(await deliverOutbox(db, failing, now)).toEqual({ sent: 0, failed: 1 });
    const [queued] = listOutbox(db);
    expect(queued?.status).toBe("queued");
    expect(queued?.lastError).toBe("SMTP injoignable");

    const sent: string[] = [];
    const working: Transport = { send: async (e) => void sent.push(e.to) };
    expect(await deliverOutbox(db, working, now)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverOutbox(db, working, new Date(now.getTime() + 60 * 60_000))).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(["a@example.org"]);
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 1, failed: 0 });
  });

  it("gives up after repeated failures without losing the e-mail", async () => {
    const db = freshDatabase();
    enqueueEmail(db, email);
    const failing: Transport = { send: async () => Promise.reject(new Error("refusé")) };
    let now = new Date("2027-01-01T10:00:00Z");
    for (let attempt = 0; attempt < 8; attempt++) {
      await deliverOutbox(db, failing, now);
      now = new Date(now.getTime() + 24 * 60 * 60_000);
    }
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 0, failed: 1 });
    expect(listOutbox(db)[0]?.attempts).toBe(8);
  });
});

describe("one-time links in the outbox", () => {
  const link = "http://localhost:3000/api/auth/callback/lien?token=secret";
  const stored = { text: `Ouvrez ce lien :\n${link}\n`, secretLink: link };

  it("are shown only to admins, and only while no SMTP server is configured", () => {
    expect(readableText(stored, { isAdmin: true, smtpConfigured: false })).toContain(link);
    expect(readableText(stored, { isAdmin: false, smtpConfigured: false })).toBe(`Ouvrez ce lien :\n${HIDDEN_LINK}\n`);
    expect(readableText(stored, { isAdmin: true, smtpConfigured: true })).not.toContain(link);
    expect(readableText({ text: "Rien de secret", secretLink: null }, { isAdmin: false, smtpConfigured: true })).toBe("Rien de secret");
  });

  it("are stored apart from the text by the sign-in, verification and reset templates", () => {
    const person = { email: "a@example.org", name: "A", givenName: "" };
    const identity = DEFAULT_SETTINGS.identity;
    for (const template of [signInLinkEmail(identity, person, link), accountVerificationEmail(identity, person, link), passwordResetEmail(identity, person, link)]) {
      expect(template.secretLink).toBe(link);
      expect(template.text).toContain(link);
      expect(readableText({ text: template.text, secretLink: link }, { isAdmin: false, smtpConfigured: true })).not.toContain(link);
    }
  });
});
