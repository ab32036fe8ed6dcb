import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { auditLog } from "@/lib/audit/schema";
import { freshDatabase, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { HIDDEN_LINK, claimNextEmail, countOutboxByStatus, enqueueEmail, markEmailFailed, markEmailSent, readableText, resendFailedEmails, retryDelay } from "./outbox";
import { outboxEmails } from "./schema";
import { DEFAULT_SETTINGS } from "@/lib/settings/registry";
import { accountVerificationEmail, passwordResetEmail, signInLinkEmail } from "./templates/account";

const email = { to: "a@example.org", subject: "Objet", text: "Texte", kind: "staff_message" as const };

const policy = { baseMs: 1_000, maxMs: 10_000, maxAttempts: 3 };
const LEASE = 60_000;
const t0 = new Date("2027-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function row(db: Db, id: string) {
  return db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).get()!;
}

describe("retry delay", () => {
  it("doubles from the base after each failed try, up to the ceiling", () => {
    expect([1, 2, 3, 4, 5, 6].map((attempts) => retryDelay(attempts, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });
});

describe("claiming outbox messages", () => {
  it("gives each due message to one worker at a time, oldest first, and counts the try", () => {
    const db = freshDatabase();
    const first = enqueueEmail(db, email);
    const second = enqueueEmail(db, { ...email, to: "b@example.org" });
    const a = claimNextEmail(db, "a", t0, LEASE, policy);
    const b = claimNextEmail(db, "b", t0, LEASE, policy);
    expect([a?.email.id, b?.email.id]).toEqual([first, second]);
    expect(a?.email.attempts).toBe(1);
    expect(claimNextEmail(db, "c", t0, LEASE, policy)).toBeNull();
  });

  it("marks a message sent only while the lease is still the worker's own", () => {
    const db = freshDatabase();
    const id = enqueueEmail(db, email);
    const stale = claimNextEmail(db, "a", t0, LEASE, policy)!;
    /* Worker a stalls past its lease: b takes the message over, with the same Message-ID. */
    const fresh = claimNextEmail(db, "b", at(LEASE), LEASE, policy)!;
    expect(fresh.email.messageId).toBe(stale.email.messageId);
    expect(fresh.email.attempts).toBe(2);
    expect(markEmailSent(db, id, stale.lease, at(LEASE + 1))).toBe(false);
    expect(row(db, id).status).toBe("queued");
    expect(markEmailSent(db, id, fresh.lease, at(LEASE + 1))).toBe(true);
    expect(row(db, id)).toMatchObject({ status: "sent", leaseOwner: null, sentAt: at(LEASE + 1) });
  });

  it("retries a failed message after its back-off, and gives it up after the last try", () => {
    const db = freshDatabase();
    const id = enqueueEmail(db, email);
    const one = claimNextEmail(db, "a", t0, LEASE, policy)!;
    expect(markEmailFailed(db, one.email, one.lease, "421 plus tard", t0, policy)).toBe(true);
    expect(row(db, id)).toMatchObject({ status: "queued", attempts: 1, lastError: "421 plus tard", nextAttemptAt: at(1_000) });
    expect(claimNextEmail(db, "a", at(999), LEASE, policy)).toBeNull();
    const two = claimNextEmail(db, "a", at(1_000), LEASE, policy)!;
    markEmailFailed(db, two.email, two.lease, "421 plus tard", at(1_000), policy);
    expect(row(db, id).nextAttemptAt).toEqual(at(3_000));
    const three = claimNextEmail(db, "a", at(3_000), LEASE, policy)!;
    markEmailFailed(db, three.email, three.lease, "550 refusé", at(3_000), policy);
    expect(row(db, id)).toMatchObject({ status: "failed", attempts: 3, lastError: "550 refusé" });
    expect(claimNextEmail(db, "a", at(3_600_000), LEASE, policy)).toBeNull();
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 0, failed: 1 });
  });

  it("gives up a message whose every try was interrupted before its outcome", () => {
    const db = freshDatabase();
    const id = enqueueEmail(db, email);
    for (let attempt = 0; attempt < policy.maxAttempts; attempt++) expect(claimNextEmail(db, "a", at(attempt * LEASE), LEASE, policy)).not.toBeNull();
    expect(claimNextEmail(db, "a", at(policy.maxAttempts * LEASE), LEASE, policy)).toBeNull();
    expect(row(db, id)).toMatchObject({ status: "failed", attempts: 3, leaseOwner: null });
    expect(row(db, id).lastError).toMatch(/interrompu/);
  });
});

describe("resending failed messages", () => {
  it("lets staff put given-up messages back in the queue with all their tries, and records it", () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    const member = insertUser(db, "member");
    const failed = enqueueEmail(db, email);
    const queued = enqueueEmail(db, { ...email, to: "b@example.org" });
    db.update(outboxEmails).set({ status: "failed", attempts: 3, lastError: "550" }).where(eq(outboxEmails.id, failed)).run();

    expect(refusal(() => resendFailedEmails(db, { userId: member.id }, [failed], t0)).code).toBe("forbidden");
    expect(resendFailedEmails(db, { userId: staff.id }, [failed, queued], t0)).toEqual([{ id: failed, to: "a@example.org" }]);
    expect(row(db, failed)).toMatchObject({ status: "queued", attempts: 0, nextAttemptAt: t0 });
    const claimed = [claimNextEmail(db, "a", t0, LEASE, policy), claimNextEmail(db, "a", t0, LEASE, policy)].map((claim) => claim?.email.id);
    expect(claimed.sort()).toEqual([failed, queued].sort());
    const audit = db.select().from(auditLog).all();
    expect(audit).toMatchObject([{ actorId: staff.id, action: "email.resend", entityType: "outbox_email", entityId: failed }]);
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
    const html = { text: `<a href="${link.replace("?", "?a=1&amp;")}">lien</a>`, secretLink: link.replace("?", "?a=1&") };
    expect(readableText(html, { isAdmin: false, smtpConfigured: true })).toBe(`<a href="${HIDDEN_LINK}">lien</a>`);
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
