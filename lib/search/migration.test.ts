import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "@/db/open";
import * as schema from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { searchContent } from "./queries";

/** The migrations before the search index, as a database upgraded in place would have had them. */
function migrationsBeforeSearch(): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "irev-migrations-")), "drizzle");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((entry) => entry.tag < "0008_search");
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

it("indexes the content a database already holds when the search migration reaches it", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "irev-search-upgrade-"));
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  const file = path.join(dir, "test.db");
  const before = new Database(file);
  before.pragma("foreign_keys = ON");
  const oldDb = drizzle(before, { schema });
  migrate(oldDb, { migrationsFolder: migrationsBeforeSearch() });
  await seedDemo(oldDb);
  before.close();

  const { db, sqlite } = openDatabase(file);
  try {
    expect(searchContent(db, { q: "noyon", kind: "report" }, null).hits.map((hit) => hit.href)).toContain("/ressources/compte-rendu-reseau-chefs-de-projet-noyon-11-mai-2017");
    expect(searchContent(db, { q: "interministeriel", kind: "document" }, null).total).toBeGreaterThan(0);
    db.run(sql`INSERT INTO search_index(search_index) VALUES('integrity-check')`);
  } finally {
    sqlite.close();
  }
});
