import Database from "better-sqlite3";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { DomainError } from "@/lib/errors";

export type BackupResult = { path: string; sizeBytes: number; pages: number };

/* Pages per backup step, large enough to copy any database in one step. SQLite restarts a multi-step
   backup whenever another connection writes between steps, which could never end on a busy site;
   a single step reads one consistent snapshot (WAL lets writers carry on meanwhile). */
const ALL_PAGES = 0x7fffffff;

/**
 * Online backup of a live database into a new file, consistent even while other connections or
 * processes write. The copy is made a single self-contained file (rollback journal instead of WAL) and
 * checked with PRAGMA integrity_check before being reported.
 */
export async function backupDatabase(source: Database.Database, file: string): Promise<BackupResult> {
  const target = path.resolve(file);
  if (existsSync(target)) throw new DomainError("conflict", `Le fichier ${target} existe déjà : choisissez un autre nom.`);
  mkdirSync(path.dirname(target), { recursive: true });
  await source.backup(target, { progress: () => ALL_PAGES });

  const copy = new Database(target);
  let pages: number;
  try {
    copy.pragma("journal_mode = DELETE");
    const verdict = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (verdict.join() !== "ok") throw new Error(`La sauvegarde ${target} est corrompue : ${verdict.join(" ; ")}`);
    pages = copy.pragma("page_count", { simple: true }) as number;
  } finally {
    copy.close();
  }
  return { path: target, sizeBytes: statSync(target).size, pages };
}
