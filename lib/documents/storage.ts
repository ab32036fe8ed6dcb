import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
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
