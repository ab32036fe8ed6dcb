import { describe, it, expect, beforeEach, afterEach } from "vitest";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { documents } from "@/lib/documents/schema";
import { outboxEmails } from "@/lib/mail/schema";
import { meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { reports } from "@/lib/publications/schema";
import { registrations } from "@/lib/registrations/schema";
import { backupDatabase, backupSite, restoreSite } from "./backup";
import { collectStats, statsRows } from "./stats";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/*
 * Another process writing as fast as it can, two rows per transaction (pair n: "n-a" then "n-b"),
 * so a consistent snapshot always holds whole pairs. Plain better-sqlite3, as the app's own connection would be.
 */
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("busy_timeout = 10000");
const insert = db.prepare("insert into outbox_emails (id, message_id, \\"to\\", subject, text, kind) values (?, ?, 'x@example.org', ?, 'corps', 'staff_message')");
const pair = db.transaction((n) => { insert.run(n + "-a", n + "-a", String(n)); insert.run(n + "-b", n + "-b", String(n)); });
for (let n = 0; ; n++) { pair(n); if (n === 200) console.log("writing"); }
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "irev-operations-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("backupDatabase", () => {
  it("copies a database another process is writing to into a consistent, intact file", async () => {
    const file = path.join(dir, "live.db");
    const { db, sqlite } = openDatabase(file);
    /* A few megabytes, so the copy is not instantaneous compared to the writer. */
    db.insert(outboxEmails)
      .values(Array.from({ length: 3000 }, (_, i) => ({ to: `p${i}@example.org`, subject: "Ancien", text: "x".repeat(1000), kind: "sign_in_link" as const, messageId: `ancien-${i}` })))
      .run();

    const writer = spawn(process.execPath, ["-e", WRITER, file], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: writer.stdout }).once("line", () => resolve());
        writer.once("exit", (code) => reject(new Error(`the writer stopped early (${code})`)));
      });
      const backup = await backupDatabase(sqlite, path.join(dir, "sauvegardes", "copie.db"));

      expect(backup.sizeBytes).toBeGreaterThan(3_000_000);
      const copy = new Database(backup.path, { readonly: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
        expect(copy.prepare("select count(*) from outbox_emails where kind = 'sign_in_link'").pluck().get()).toBe(3000);
        const pairs = copy.prepare("select subject, count(*) as n from outbox_emails where kind = 'staff_message' group by subject").all() as { subject: string; n: number }[];
        expect(pairs.length).toBeGreaterThan(200);
        expect(pairs.every((pair) => pair.n === 2)).toBe(true);
      } finally {
        copy.close();
      }
    } finally {
      writer.kill();
      sqlite.close();
    }
  });

  it("refuses to overwrite an existing file", async () => {
    const { sqlite } = openDatabase(path.join(dir, "live.db"));
    try {
      const target = path.join(dir, "copie.db");
      await backupDatabase(sqlite, target);
      expect(existsSync(target)).toBe(true);
      await expect(backupDatabase(sqlite, target)).rejects.toThrow(DomainError);
    } finally {
      sqlite.close();
    }
  });
});

describe("backupSite and restoreSite", () => {
  function siteWithTwoFiles() {
    const uploads = path.join(dir, "uploads");
    mkdirSync(uploads);
    const { db, sqlite } = openDatabase(path.join(dir, "site.db"));
    for (const name of ["a.pdf", "b.pdf"]) {
      writeFileSync(path.join(uploads, name), `%PDF-1.7 ${name}`);
      db.insert(documents)
        .values({ title: name, originalFilename: name, storageName: name, mimeType: "application/pdf", sizeBytes: 13, sha256: name })
        .run();
    }
    return { db, sqlite, uploads };
  }

  it("saves the database and every stored file together, and restores them elsewhere", async () => {
    const { sqlite, uploads } = siteWithTwoFiles();
    try {
      const backup = await backupSite(sqlite, path.join(dir, "sauvegarde"), uploads);
      expect(backup.files).toBe(2);
      expect(backup.missingFiles).toEqual([]);

      const restoredDb = path.join(dir, "ailleurs", "irev.db");
      const restoredUploads = path.join(dir, "ailleurs", "uploads");
      const restored = restoreSite(backup.directory, restoredDb, restoredUploads);
      expect(restored).toMatchObject({ files: 2, previousDatabase: null });
      expect(readFileSync(path.join(restoredUploads, "b.pdf"), "utf8")).toBe("%PDF-1.7 b.pdf");
      const copy = new Database(restoredDb, { readonly: true });
      try {
        expect(copy.prepare("select count(*) from documents").pluck().get()).toBe(2);
      } finally {
        copy.close();
      }
    } finally {
      sqlite.close();
    }
  });

  it("reports a file missing from the upload directory, and refuses to restore an incomplete backup", async () => {
    const { sqlite, uploads } = siteWithTwoFiles();
    try {
      rmSync(path.join(uploads, "a.pdf"));
      const backup = await backupSite(sqlite, path.join(dir, "sauvegarde"), uploads);
      expect(backup.missingFiles).toEqual(["a.pdf"]);
      const target = path.join(dir, "cible.db");
      writeFileSync(target, "base actuelle");
      expect(() => restoreSite(backup.directory, target, path.join(dir, "cible-uploads"))).toThrow(DomainError);
      expect(readFileSync(target, "utf8")).toBe("base actuelle");
    } finally {
      sqlite.close();
    }
  });

  it("keeps the database it replaces, with its WAL, beside the restored one", async () => {
    const { sqlite, uploads } = siteWithTwoFiles();
    try {
      const backup = await backupSite(sqlite, path.join(dir, "sauvegarde"), uploads);
      const target = path.join(dir, "cible.db");
      writeFileSync(target, "base actuelle");
      writeFileSync(`${target}-wal`, "journal actuel");
      const restored = restoreSite(backup.directory, target, path.join(dir, "cible-uploads"), new Date("2026-11-23T10:00:00Z"));
      expect(restored.previousDatabase).toBe(`${target}.avant-restauration-2026-11-23T10-00-00-000Z`);
      expect(readFileSync(restored.previousDatabase!, "utf8")).toBe("base actuelle");
      expect(readFileSync(`${restored.previousDatabase}-wal`, "utf8")).toBe("journal actuel");
      expect(existsSync(`${target}-wal`)).toBe(false);
    } finally {
      sqlite.close();
    }
  });

  it("refuses a directory that already holds something", async () => {
    const { sqlite, uploads } = siteWithTwoFiles();
    try {
      const target = path.join(dir, "plein");
      mkdirSync(target);
      writeFileSync(path.join(target, "autre"), "x");
      await expect(backupSite(sqlite, target, uploads)).rejects.toThrow(DomainError);
    } finally {
      sqlite.close();
    }
  });
});

describe("collectStats", () => {
  it("counts what was inserted", () => {
    const { db, sqlite } = openDatabase(path.join(dir, "stats.db"));
    try {
      const now = new Date("2027-03-01T12:00:00Z");
      const later = new Date("2027-04-01T08:00:00Z");
      const earlier = new Date("2026-11-05T08:00:00Z");
      const [admin, member, other, pending] = db
        .insert(users)
        .values([
          { email: "admin@example.org", name: "Admin", role: "admin" },
          { email: "membre@example.org", name: "Membre", role: "member" },
          { email: "autre@example.org", name: "Autre", role: "member" },
          { email: "attente@example.org", name: "En attente", role: "pending" },
          { email: "refuse@example.org", name: "Refusé", role: "pending", status: "refused" },
        ])
        .returning({ id: users.id })
        .all();
      const meeting = (slug: string, startsAt: Date) =>
        db.insert(meetings).values({ kind: "atelier", title: slug, slug, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), status: "published" }).returning({ id: meetings.id }).get().id;
      const upcoming = meeting("a-venir", later);
      meeting("a-venir-bis", later);
      const past = meeting("passee", earlier);
      db.insert(registrations)
        .values([
          { meetingId: upcoming, userId: admin!.id, status: "confirmed" },
          { meetingId: upcoming, userId: member!.id, status: "confirmed" },
          { meetingId: upcoming, userId: other!.id, status: "waitlisted", waitlistPosition: 1 },
          { meetingId: upcoming, userId: pending!.id, status: "cancelled" },
          { meetingId: past, userId: member!.id, status: "confirmed" },
        ])
        .run();
      db.insert(documents)
        .values(["a", "b"].map((name) => ({ title: name, originalFilename: `${name}.pdf`, storageName: `${name}-stocke`, mimeType: "application/pdf", sizeBytes: 10, sha256: name })))
        .run();
      db.insert(reports)
        .values([
          { kind: "compte_rendu", title: "CR", slug: "cr", status: "published" },
          { kind: "actualite", title: "Brève", slug: "breve", status: "draft" },
        ])
        .run();
      db.insert(outboxEmails)
        .values([
          { to: "a@example.org", subject: "s", text: "t", kind: "staff_message", messageId: "a", status: "sent" },
          { to: "b@example.org", subject: "s", text: "t", kind: "staff_message", messageId: "b", status: "failed" },
          { to: "c@example.org", subject: "s", text: "t", kind: "staff_message", messageId: "c" },
        ])
        .run();

      const stats = collectStats(db, now);
      expect(stats.users).toEqual([
        { role: "pending", status: "active", count: 1 },
        { role: "pending", status: "refused", count: 1 },
        { role: "member", status: "active", count: 2 },
        { role: "admin", status: "active", count: 1 },
      ]);
      expect(stats.meetings).toEqual({ upcoming: 2, past: 1 });
      expect(stats.registrations).toEqual({ confirmed: 3, waitlisted: 1, pending_approval: 0, refused: 0, cancelled: 1 });
      expect(stats.documents).toBe(2);
      expect(stats.reports).toEqual({ draft: 1, in_review: 0, published: 1, archived: 0 });
      expect(stats.outbox).toEqual({ queued: 1, sent: 1, failed: 1 });

      const rows = statsRows(stats);
      expect(rows).toContainEqual({ section: "Comptes", detail: "Membre – actifs", count: 2 });
      expect(rows).toContainEqual({ section: "Inscriptions", detail: "en liste d'attente", count: 1 });
      expect(rows).toContainEqual({ section: "E-mails", detail: "en échec", count: 1 });
    } finally {
      sqlite.close();
    }
  });
});
