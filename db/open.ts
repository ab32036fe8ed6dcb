import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import * as schema from "./schema";
import { fillMissingSortNames, foldForSearch } from "../lib/people/names";
import { fillMissingRegistrationCodes } from "../lib/registrations/code";

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle: same query API as Db, synchronous with better-sqlite3. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle");

export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "irev.db");
}

/** Opens a SQLite file with the pragmas every connection needs, and applies pending migrations. */
export function openDatabase(file: string = defaultDatabasePath()): { db: Db; sqlite: Database.Database } {
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("synchronous = NORMAL");
  /* SQLite's lower() and LIKE fold ASCII only: `fold_search(title) LIKE …` matches "Égalité" with "egalite". */
  sqlite.function("fold_search", { deterministic: true }, (text) => (typeof text === "string" ? foldForSearch(text) : null));
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  /* What SQL migrations cannot compute (accent-free sort keys, random codes): written once, cheap to check after. */
  db.transaction(
    (tx) => {
      fillMissingSortNames(tx);
      fillMissingRegistrationCodes(tx);
    },
    { behavior: "immediate" },
  );
  return { db, sqlite };
}
