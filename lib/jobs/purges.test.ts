import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it, expect, beforeEach } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertUser } from "@/tests/db";
import { attestations } from "@/lib/attendance/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { outboxEmails, type OutboxStatus } from "@/lib/mail/schema";
import { passwordResetTokens, verificationTokens } from "@/lib/people/schema";
import { rateLimitHits } from "@/lib/rate-limit/schema";
import { settings } from "@/lib/settings/schema";
import type { Db } from "@/db/open";
import { DAY } from "./definition";
import { purgeExpiredData } from "./purges";
import { jobRuns } from "./schema";

const NOW = new Date("2026-12-01T03:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

function email(db: Db, subject: string, status: OutboxStatus, createdAt: Date, sentAt: Date | null = null) {
  const id = enqueueEmail(db, { to: "personne@example.org", kind: "staff_message", subject, text: "Bonjour." });
  db.update(outboxEmails).set({ status, createdAt, sentAt }).where(eq(outboxEmails.id, id)).run();
}

describe("the purges job", () => {
  beforeEach(() => {
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "irev-purges-"));
  });

  it("deletes what is past the retention settings, expired links and stale rate-limit hits, and keeps the rest", () => {
    const db = freshDatabase();
    db.insert(settings).values({ key: "retention", value: { sentEmailsDays: 30, failedEmailsDays: 60, jobRunsDays: 7, attestationsYears: 2 } }).run();
    email(db, "envoyé il y a 31 jours", "sent", daysAgo(40), daysAgo(31));
    email(db, "envoyé il y a 29 jours", "sent", daysAgo(40), daysAgo(29));
    email(db, "abandonné, écrit il y a 61 jours", "failed", daysAgo(61));
    email(db, "abandonné, écrit il y a 59 jours", "failed", daysAgo(59));
    email(db, "en attente depuis un an", "queued", daysAgo(365));
    db.insert(jobRuns)
      .values([
        { job: "courriels", trigger: "planificateur", owner: "serveur", outcome: "succeeded", startedAt: daysAgo(8) },
        { job: "courriels", trigger: "planificateur", owner: "serveur", outcome: "succeeded", startedAt: daysAgo(6) },
      ])
      .run();
    const user = insertUser(db);
    db.insert(passwordResetTokens)
      .values([
        { tokenHash: "expire", userId: user.id, expiresAt: new Date(NOW.getTime() - 1) },
        { tokenHash: "valable", userId: user.id, expiresAt: new Date(NOW.getTime() + 60_000) },
      ])
      .run();
    db.insert(verificationTokens)
      .values([
        { identifier: user.email, token: "expire", expires: daysAgo(1) },
        { identifier: user.email, token: "valable", expires: new Date(NOW.getTime() + DAY) },
      ])
      .run();
    db.insert(rateLimitHits)
      .values([
        { bucket: "password", key: user.email, at: daysAgo(2) },
        { bucket: "password", key: user.email, at: daysAgo(0.5) },
      ])
      .run();

    const uploads = process.env.UPLOAD_DIR!;
    const file = (name: string, modified: Date) => {
      writeFileSync(path.join(uploads, name), "%PDF-1.7");
      utimesSync(path.join(uploads, name), modified, modified);
    };
    file(".televersement-interrompu.part", daysAgo(2));
    file(".televersement-en-cours.part", daysAgo(0.01));
    file("ancien-document.pdf", daysAgo(400));

    /* The register outlives registrations (registrationId null once purged) for its own retention, in years. */
    const attestation = (number: string, issuedAt: Date) => ({
      number,
      verificationCode: `CODE-${number}`,
      participantName: "Łukasz Żółkiewski",
      meetingTitle: "Rencontre",
      meetingNature: "Rencontre de réseau",
      meetingDates: "mardi 3 novembre 2026",
      place: "Lens",
      halfDays: [],
      attendedMinutes: 180,
      issuedPlace: "Lille",
      issuedAt,
    });
    db.insert(attestations).values([attestation("2024-0001", new Date("2024-11-30T12:00:00Z")), attestation("2024-0002", new Date("2024-12-01T12:00:00Z"))]).run();

    const report = purgeExpiredData(db, NOW);
    expect(db.select({ number: attestations.number }).from(attestations).all()).toEqual([{ number: "2024-0002" }]);
    expect(report.summary).toBe(
      "Supprimés : 1 courriel envoyé depuis plus de 30 jours, 1 courriel abandonné depuis plus de 60 jours, 1 exécution de tâche de plus de 7 jours, 1 attestation du registre de plus de 2 ans, 2 liens expirés, 1 tentative comptée de plus d'un jour, 1 téléversement interrompu.",
    );
    expect(readdirSync(uploads).sort()).toEqual([".televersement-en-cours.part", "ancien-document.pdf"]);
    expect(db.select({ subject: outboxEmails.subject }).from(outboxEmails).all().map((row) => row.subject).sort()).toEqual([
      "abandonné, écrit il y a 59 jours",
      "en attente depuis un an",
      "envoyé il y a 29 jours",
    ]);
    expect(db.select().from(jobRuns).all().map((run) => run.startedAt)).toEqual([daysAgo(6)]);
    expect(db.select().from(passwordResetTokens).all().map((row) => row.tokenHash)).toEqual(["valable"]);
    expect(db.select().from(verificationTokens).all().map((row) => row.token)).toEqual(["valable"]);
    expect(db.select().from(rateLimitHits).all().map((row) => row.at)).toEqual([daysAgo(0.5)]);

    expect(purgeExpiredData(db, NOW).summary).toMatch(/^Supprimés\u00a0: 0 courriel envoyé .*, 0 lien expiré, 0 tentative comptée/);
  });

  it("follows the default retention when admins changed nothing", () => {
    const db = freshDatabase();
    email(db, "envoyé il y a 366 jours", "sent", daysAgo(400), daysAgo(366));
    email(db, "envoyé il y a 364 jours", "sent", daysAgo(400), daysAgo(364));
    purgeExpiredData(db, NOW);
    expect(db.select({ subject: outboxEmails.subject }).from(outboxEmails).all()).toEqual([{ subject: "envoyé il y a 364 jours" }]);
  });
});
