import Database from "better-sqlite3";
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
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
  if (existsSync(target)) throw new DomainError("conflict", `Le fichier ${target} existe déjà : choisissez un autre nom.`);
  mkdirSync(path.dirname(target), { recursive: true });
  await source.backup(target, { progress: () => ALL_PAGES });

  const copy = new Database(target);
  let pages: number;
  try {
    copy.pragma("journal_mode = DELETE");
    const verdict = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (verdict.join() !== "ok") throw new Error(`La sauvegarde ${target} est corrompue : ${verdict.join(" ; ")}`);
    pages = copy.pragma("page_count", { simple: true }) as number;
  } finally {
    copy.close();
  }
  return { path: target, sizeBytes: statSync(target).size, pages };
}

export type SiteBackupResult = { directory: string; database: BackupResult; files: number; filesBytes: number; missingFiles: string[] };

export const BACKUP_DATABASE_NAME = "irev.db";
export const BACKUP_UPLOADS_NAME = "uploads";

function storedFileNames(file: string): string[] {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.prepare("select storage_name from documents").pluck().all() as string[];
  } finally {
    copy.close();
  }
}

/**
 * The database and the uploaded files together, in a new directory. The database snapshot comes first: a file is
 * written before the row that names it, so every file the snapshot references already exists and is copied.
 * Stored files are never rewritten in place (new content gets a new generated name), so copying them after the
 * snapshot is consistent. A referenced file missing from the upload directory is reported, not fatal.
 */
export async function backupSite(source: Database.Database, directory: string, uploads: string): Promise<SiteBackupResult> {
  const target = path.resolve(directory);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new DomainError("conflict", `Le dossier ${target} existe déjà et n'est pas vide : choisissez un autre dossier.`);
  }
  const database = await backupDatabase(source, path.join(target, BACKUP_DATABASE_NAME));
  const uploadsCopy = path.join(target, BACKUP_UPLOADS_NAME);
  mkdirSync(uploadsCopy, { recursive: true });
  const missingFiles: string[] = [];
  let files = 0;
  let filesBytes = 0;
  for (const name of storedFileNames(database.path)) {
    const original = path.join(uploads, path.basename(name));
    if (!existsSync(original)) {
      missingFiles.push(name);
      continue;
    }
    copyFileSync(original, path.join(uploadsCopy, path.basename(name)), constants.COPYFILE_EXCL);
    files += 1;
    filesBytes += statSync(original).size;
  }
  return { directory: target, database, files, filesBytes, missingFiles };
}

export type RestoreResult = { databasePath: string; previousDatabase: string | null; files: number };

/**
 * Puts a backup made by backupSite in place, with the server stopped. The backup is checked first (integrity,
 * every referenced file present), so a bad backup never replaces a working database; the database it replaces is
 * kept beside it, renamed, never deleted.
 */
export function restoreSite(directory: string, databasePath: string, uploads: string, now = new Date()): RestoreResult {
  const source = path.resolve(directory);
  const backupFile = path.join(source, BACKUP_DATABASE_NAME);
  if (!existsSync(backupFile)) throw new DomainError("not_found", `Aucune sauvegarde dans ${source}\u00a0: le fichier ${BACKUP_DATABASE_NAME} manque.`);
  const check = new Database(backupFile, { readonly: true });
  try {
    const verdict = check.pragma("integrity_check", { simple: true });
    if (verdict !== "ok") throw new DomainError("bad_request", `La sauvegarde ${backupFile} est corrompue : ${String(verdict)}`);
  } finally {
    check.close();
  }
  const names = storedFileNames(backupFile).map((name) => path.basename(name));
  const absent = names.filter((name) => !existsSync(path.join(source, BACKUP_UPLOADS_NAME, name)));
  if (absent.length > 0) {
    throw new DomainError("bad_request", `La sauvegarde est incomplète : ${absent.length} fichier(s) manquant(s) dans ${BACKUP_UPLOADS_NAME}/ (${absent.slice(0, 3).join(", ")}…).`);
  }

  mkdirSync(uploads, { recursive: true });
  for (const name of names) copyFileSync(path.join(source, BACKUP_UPLOADS_NAME, name), path.join(uploads, name));

  const target = path.resolve(databasePath);
  mkdirSync(path.dirname(target), { recursive: true });
  let previousDatabase: string | null = null;
  if (existsSync(target)) {
    previousDatabase = `${target}.avant-restauration-${now.toISOString().replace(/[:.]/g, "-")}`;
    /* The WAL goes with its database: left beside the new file, it would be replayed into it. */
    for (const suffix of ["", "-wal", "-shm"]) {
      if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${previousDatabase}${suffix}`);
    }
  }
  copyFileSync(backupFile, target);
  return { databasePath: target, previousDatabase, files: names.length };
}
