import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Uploaded files live outside public/, under generated names; only the download route serves them. */
export function uploadDirectory(): string {
  return process.env.UPLOAD_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "uploads");
}

export function storedFilePath(storageName: string): string {
  return path.join(uploadDirectory(), path.basename(storageName));
}

export type StoredFile = { storageName: string; sha256: string; sizeBytes: number };

export function storeFile(bytes: Uint8Array): StoredFile {
  const directory = uploadDirectory();
  mkdirSync(directory, { recursive: true });
  const storageName = `${randomUUID()}.pdf`;
  writeFileSync(path.join(directory, storageName), bytes);
  return {
    storageName,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    sizeBytes: bytes.byteLength,
  };
}

const TEMPORARY_PREFIX = ".televersement-";
const TEMPORARY_SUFFIX = ".part";
/* An upload of the largest file allowed takes seconds: a temporary file untouched for a day was left by a crash. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Where an upload in progress is written, in the upload directory (same file system: storing it is a rename). */
export function temporaryUploadPath(): string {
  return path.join(uploadDirectory(), `${TEMPORARY_PREFIX}${randomUUID()}${TEMPORARY_SUFFIX}`);
}

/** Deletes the temporary files of uploads a crash or a stop interrupted; returns how many. */
export function deleteAbandonedUploads(now: Date): number {
  const directory = uploadDirectory();
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of entries) {
    if (!name.startsWith(TEMPORARY_PREFIX) || !name.endsWith(TEMPORARY_SUFFIX)) continue;
    const file = path.join(directory, name);
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified === undefined || now.getTime() - modified < ABANDONED_AFTER_MS) continue;
    rmSync(file, { force: true });
    deleted += 1;
  }
  return deleted;
}
