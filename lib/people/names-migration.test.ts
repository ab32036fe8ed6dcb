import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "@/db/open";
import { PEOPLE_BEFORE_NAMES } from "@/tests/fixtures/people-before-names";

type Row = Record<string, unknown>;

/** The migrations folder as it stood before given and family names: 0000 to 0002, with their journal. */
function migrationsBeforeNames(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "irev-migrations-"));
  mkdirSync(path.join(folder, "meta"));
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };
  const entries = journal.entries.filter((entry) => entry.idx <= 2);
  expect(entries.map((entry) => entry.tag)).toEqual(["0000_init", "0001_auth", "0002_content"]);
  for (const { tag } of entries) copyFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  return folder;
}

/** A database at migration 0002 holding the demo accounts as the former seed wrote them, plus hard cases. */
function databaseBeforeNames(extra: { email: string; name: string }[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "irev-test-")), "avant.db");
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: migrationsBeforeNames() });
  const insert = sqlite.prepare(
    `INSERT INTO users (id, email, name, email_verified, password_hash, role, job_title, phone, directory_consent, calendar_token, approved_at, created_at, updated_at)
     VALUES (@id, @email, @name, 1790000000000, '$argon2id$ancien', @role, @jobTitle, @phone, '{"email":true,"phone":false,"jobTitle":true,"organisation":true}', @token, @approvedAt, 1790000000000, 1790000000000)`,
  );
  const rows = [...PEOPLE_BEFORE_NAMES, ...extra.map((person) => ({ ...person, role: "member", jobTitle: null, phone: null }))];
  rows.forEach((person, i) =>
    insert.run({ ...person, id: `personne-${i}`, token: `jeton-${i}`, approvedAt: person.role === "pending" ? null : 1790000000000 }),
  );
  sqlite.prepare("INSERT INTO meetings (id, kind, title, slug, starts_at, ends_at) VALUES ('rencontre', 'rencontre_reseau', 'Rencontre', 'rencontre', 1800000000000, 1800010000000)").run();
  const register = sqlite.prepare("INSERT INTO registrations (id, meeting_id, user_id, status, created_at, updated_at) VALUES (?, 'rencontre', ?, 'confirmed', 1790000000000, 1790000000000)");
  rows.forEach((_, i) => register.run(`inscription-${i}`, `personne-${i}`));
  sqlite.close();
  return file;
}

function rowsOf(sqlite: Database.Database, table: "users" | "registrations"): Row[] {
  return sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Row[];
}

function without(rows: Row[], columns: string[]): Row[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column))));
}

describe("names migration", () => {
  it("splits each demo person's former name into given and family name, writes the sort key, and changes nothing else", () => {
    const extra = [
      { email: "mononyme@example.org", name: "Madonna" },
      { email: "espaces@example.org", name: "  Jean   Dupont " },
      { email: "compose@example.org", name: "Jean Pierre Le Gall" },
    ];
    const file = databaseBeforeNames(extra);
    const old = new Database(file, { readonly: true });
    const before = rowsOf(old, "users");
    const registrationsBefore = rowsOf(old, "registrations");
    old.close();

    const { sqlite } = openDatabase(file);
    const after = rowsOf(sqlite, "users");
    const registrationsAfter = rowsOf(sqlite, "registrations");
    sqlite.close();

    expect(without(after, ["given_name", "family_name", "sort_name"])).toEqual(before);
    /* Registrations only gain their code and the later columns' defaults; the start-up backfills leave `updated_at` alone. */
    expect(without(registrationsAfter, ["code", "over_capacity", "staff_note", "walk_in"])).toEqual(registrationsBefore);
    expect(new Set(registrationsAfter.map((r) => r.code)).size).toBe(registrationsAfter.length);
    for (const { code } of registrationsAfter) expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    const names = Object.fromEntries(after.map((row) => [row.email, [row.given_name, row.family_name, row.sort_name]]));
    expect(names).toMatchObject({
      "admin@example.org": ["Alice", "Administratrice", "administratrice alice"],
      "equipe@example.org": ["Étienne", "Équipe", "equipe etienne"],
      "attente@example.org": ["Paul", "Attente", "attente paul"],
      "membre07@example.org": ["Léa", "Fontaine", "fontaine lea"],
      "membre13@example.org": ["Émilie", "Vasseur", "vasseur emilie"],
      "membre15@example.org": ["Inès", "Mercier", "mercier ines"],
      /* One word: all of it is the given name until the person corrects it in Mon espace. */
      "mononyme@example.org": ["Madonna", "", "madonna"],
      "espaces@example.org": ["Jean", "Dupont", "dupont jean"],
      /* Split at the first space: "Jean Pierre" corrects it in Mon espace. */
      "compose@example.org": ["Jean", "Pierre Le Gall", "pierre le gall jean"],
    });
    for (const person of PEOPLE_BEFORE_NAMES) {
      const [given, family] = names[person.email] as [string, string];
      expect(`${given} ${family}`).toBe(person.name);
    }
  });
});
