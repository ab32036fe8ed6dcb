import { createHash, randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/open";
import { documentUrl } from "@/lib/api/present";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { uploadMaxBytes } from "@/lib/config";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { inspectPdf, type PdfInspection } from "./pdf-inspector";
import { documents, VISIBILITIES } from "./schema";
import { storedFilePath, temporaryUploadPath, uploadDirectory } from "./storage";
import {
  assertDeclaredLength,
  assertEndOfFileMarker,
  assertPdfExtension,
  assertPdfMagic,
  assertPdfMediaType,
  cleanFilename,
  EOF_WINDOW_BYTES,
  fileTooLarge,
  pdfWarnings,
} from "./upload-rules";

/*
 * One PDF per request, streamed from the multipart body to a temporary file of the upload directory while it is
 * hashed and checked (lib/documents/upload-rules.ts), then opened by PDF.js in a worker; only a file that passed
 * everything becomes a document. Whatever is refused leaves nothing behind, on disk or in the database.
 */

/** The multipart field that carries the file; text fields (visibility, title…) should come before it. */
export const FILE_FIELD = "fichier";

export type ReceivedPdf = {
  temporaryPath: string;
  originalFilename: string;
  sizeBytes: number;
  sha256: string;
  fields: Record<string, string>;
};

function badRequest(message: string): DomainError {
  return new DomainError("bad_request", message);
}

const missingFile = () => badRequest(`Aucun fichier reçu : joignez un PDF dans le champ « ${FILE_FIELD} ».`);
const oneFileOnly = () => badRequest(`Envoyez un seul fichier par requête, dans le champ « ${FILE_FIELD} ».`);

/** Hashes, counts and checks the bytes as they pass: the first ones must be "%PDF-", the last ones hold "%%EOF". */
class CheckedPdfStream extends Transform {
  readonly hash = createHash("sha256");
  size = 0;
  private head = Buffer.alloc(0);
  tail = Buffer.alloc(0);

  constructor(
    /* Told first, before the pipeline's teardown raises errors of its own. */
    private readonly onRefusal: (error: unknown) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.size += chunk.byteLength;
      if (this.head.byteLength < 5) {
        this.head = Buffer.concat([this.head, chunk]).subarray(0, 5);
        if (this.head.byteLength === 5) assertPdfMagic(this.head);
      }
      this.tail = Buffer.concat([this.tail, chunk.subarray(-EOF_WINDOW_BYTES)]).subarray(-EOF_WINDOW_BYTES);
      this.hash.update(chunk);
      callback(null, chunk);
    } catch (error) {
      this.onRefusal(error);
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      assertPdfMagic(this.head);
      assertEndOfFileMarker(this.tail);
      callback();
    } catch (error) {
      this.onRefusal(error);
      callback(error as Error);
    }
  }
}

/**
 * Reads the multipart body of `request`: its text fields, and its one file streamed to `temporaryPath`. Memory stays
 * flat whatever the size: the body is read only as fast as the disk takes it, and reading stops at the first refusal.
 */
function streamMultipart(request: Request, temporaryPath: string, limit: number): Promise<Omit<ReceivedPdf, "temporaryPath">> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": request.headers.get("content-type") ?? undefined },
        /* The name as sent, with any folder in it, so that "../x.pdf" is refused rather than silently shortened. */
        preservePath: true,
        defParamCharset: "utf8",
        limits: { files: 1, fileSize: limit, fields: 10, fieldSize: 10_000, parts: 11, headerPairs: 20 },
      });
    } catch {
      reject(badRequest(`Envoyez le fichier en « multipart/form-data », dans le champ « ${FILE_FIELD} ».`));
      return;
    }
    const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
    const fields: Record<string, string> = {};
    let file: Promise<Omit<ReceivedPdf, "temporaryPath" | "fields">> | null = null;
    let writer: WriteStream | null = null;
    let failed = false;

    /* The first refusal wins; it is reported once the temporary file is closed, so that it can be deleted for good. */
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.unpipe(parser);
      source.destroy();
      if (!writer || writer.closed) return reject(error);
      writer.once("close", () => reject(error));
      writer.destroy();
    };

    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(badRequest(`Le champ « ${name} » est trop long.`));
      else fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== FILE_FIELD || file) {
        stream.resume();
        return fail(oneFileOnly());
      }
      let originalFilename: string;
      try {
        originalFilename = cleanFilename(info.filename);
        assertPdfExtension(originalFilename);
        assertPdfMediaType(info.mimeType);
      } catch (error) {
        stream.resume();
        return fail(error);
      }
      /* Busboy stops passing bytes at the limit and says so: the upload is refused there, the rest never read. */
      stream.on("limit", () => fail(fileTooLarge(limit)));
      const checked = new CheckedPdfStream(fail);
      writer = createWriteStream(temporaryPath, { flags: "wx" });
      file = pipeline(stream, checked, writer).then(() => ({
        originalFilename,
        sizeBytes: checked.size,
        sha256: checked.hash.digest("hex"),
      }));
      file.catch(fail);
    });
    parser.on("filesLimit", () => fail(oneFileOnly()));
    parser.on("fieldsLimit", () => fail(badRequest("La requête contient trop de champs.")));
    parser.on("partsLimit", () => fail(badRequest("La requête contient trop de parties.")));
    parser.on("error", () => fail(badRequest("Le corps de la requête n'est pas un envoi « multipart/form-data » lisible.")));
    parser.on("close", () => {
      if (failed) return;
      if (!file) return fail(missingFile());
      file.then((received) => {
        if (!failed) resolve({ ...received, fields });
      }, fail);
    });
    source.on("error", () => fail(badRequest("L'envoi a été interrompu avant la fin du fichier.")));
    source.pipe(parser);
  });
}

/**
 * Receives one PDF from a multipart request into a temporary file, checked on the way (limit, name, extension, type,
 * first bytes, end marker). The caller owns the temporary file: `discard` it, or `store` it.
 */
export async function receivePdf(request: Request, limit = uploadMaxBytes()): Promise<ReceivedPdf> {
  assertDeclaredLength(request.headers.get("content-length"), limit);
  if (!request.body) throw missingFile();
  mkdirSync(uploadDirectory(), { recursive: true });
  const temporaryPath = temporaryUploadPath();
  try {
    return { temporaryPath, ...(await streamMultipart(request, temporaryPath, limit)) };
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}

/** The text fields that may come with the file, from the page or the API. */
export const UploadFields = z.object({
  visibility: z.enum(VISIBILITIES, { error: "Visibilité inconnue : « public » ou « members »." }).default("public"),
  title: z.string().trim().max(300, { error: "Le titre fait 300 caractères au plus." }).optional(),
  description: z.string().trim().max(5000, { error: "La description fait 5 000 caractères au plus." }).optional(),
});

function parseUploadFields(fields: Record<string, string>) {
  const parsed = UploadFields.safeParse(
    Object.fromEntries(Object.entries(fields).filter(([key, value]) => key in UploadFields.shape && value !== "")),
    { error: frenchZodErrors },
  );
  if (!parsed.success) throw new DomainError("validation_failed", "La requête contient des erreurs : corrigez les champs signalés.", fieldErrorsOf(parsed.error, "body"));
  return parsed.data;
}

/** "Rapport annuel 2017.pdf" → "Rapport annuel 2017": the title a document gets when none is given. */
export function titleFromFilename(filename: string): string {
  return filename.replace(/\.pdf$/i, "").replace(/[_]+/g, " ").trim() || filename;
}

/** Whether any document still points to this stored file. */
function isStorageUsed(db: DbOrTx, storageName: string): boolean {
  return db.select({ id: documents.id }).from(documents).where(eq(documents.storageName, storageName)).get() !== undefined;
}

/** Deletes a stored file once no document uses it any more. */
export async function releaseStorage(db: Db, storageName: string): Promise<void> {
  if (!isStorageUsed(db, storageName)) await rm(storedFilePath(storageName), { force: true });
}

/** Receives, checks and inspects; on any refusal the temporary file is gone before the error goes up. */
async function receiveCheckedPdf(request: Request, limit: number) {
  const received = await receivePdf(request, limit);
  try {
    const fields = parseUploadFields(received.fields);
    const inspection = await inspectPdf(received.temporaryPath);
    return { received, fields, inspection };
  } catch (error) {
    await rm(received.temporaryPath, { force: true });
    throw error;
  }
}

/**
 * Identical content is stored once: when a document already holds the same bytes, the write points to its file and
 * the temporary copy is dropped. The lookup and the write run in the same tick, with no await between them, so a
 * deletion of that document cannot remove the shared file in between. A new file is renamed into place first; if the
 * write then fails, it is removed so nothing is left behind.
 */
async function commitWithContent<T>(db: Db, received: ReceivedPdf, write: (storageName: string) => T): Promise<T> {
  const existing = db.select({ storageName: documents.storageName }).from(documents).where(eq(documents.sha256, received.sha256)).get();
  if (existing) {
    try {
      return write(existing.storageName);
    } finally {
      await rm(received.temporaryPath, { force: true });
    }
  }
  const storageName = `${randomUUID()}.pdf`;
  await rename(received.temporaryPath, storedFilePath(storageName));
  try {
    return write(storageName);
  } catch (error) {
    await releaseStorage(db, storageName);
    throw error;
  }
}

function fileColumns(received: ReceivedPdf, inspection: PdfInspection, storageName: string) {
  return {
    originalFilename: received.originalFilename,
    storageName,
    mimeType: "application/pdf",
    sizeBytes: received.sizeBytes,
    sha256: received.sha256,
    pageCount: inspection.pageCount,
    extractedText: inspection.text,
    hasJavascript: inspection.hasJavascript,
    hasEmbeddedFiles: inspection.hasEmbeddedFiles,
    fileChangedAt: new Date(),
  };
}

export type UploadedDocument = Pick<typeof documents.$inferSelect, "id" | "title" | "originalFilename" | "sizeBytes" | "pageCount" | "sha256" | "visibility"> & {
  url: string;
  editUrl: string;
  warnings: string[];
};

function uploadedDocument(row: typeof documents.$inferSelect): UploadedDocument {
  const { id, title, originalFilename, sizeBytes, pageCount, sha256, visibility } = row;
  return { id, title, originalFilename, sizeBytes, pageCount, sha256, visibility, url: documentUrl(id, originalFilename), editUrl: `/admin/documents/${id}`, warnings: pdfWarnings(row) };
}

/**
 * A new library document from the PDF in `request`'s multipart body. The actor's role is checked in the database
 * before the body is read, and again in the transaction that creates the document with its audit entry.
 */
export async function uploadDocument(db: Db, actor: Actor, request: Request, limit = uploadMaxBytes()): Promise<UploadedDocument> {
  assertActorRole(db, actor, "staff");
  const { received, fields, inspection } = await receiveCheckedPdf(request, limit);
  const created = await commitWithContent(db, received, (storageName) =>
    db.transaction((tx) => {
      const uploaderId = assertActorRole(tx, actor, "staff");
      const row = tx
        .insert(documents)
        .values({
          ...fileColumns(received, inspection, storageName),
          title: fields.title || titleFromFilename(received.originalFilename),
          description: fields.description ?? "",
          visibility: fields.visibility,
          uploaderId,
        })
        .returning()
        .get();
      recordAudit(tx, {
        actorId: uploaderId,
        action: "document.create",
        entityType: "document",
        entityId: row.id,
        details: { title: row.title, originalFilename: row.originalFilename, sizeBytes: row.sizeBytes, sha256: row.sha256 },
      });
      return row;
    }),
  );
  invalidateCache([cacheTags.documents, cacheTags.document(created.id)]);
  return uploadedDocument(created);
}

/**
 * Replaces the file of document `documentId` with the PDF in `request`, after the same checks: the document keeps
 * its id, so its address and every attachment stay; the previous file is deleted once no document uses it.
 */
export async function replaceDocumentFile(db: Db, actor: Actor, documentId: string, request: Request, limit = uploadMaxBytes()): Promise<UploadedDocument> {
  assertActorRole(db, actor, "staff");
  const notFound = () => new DomainError("not_found", "Ce document n'existe plus dans la bibliothèque.");
  if (!db.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId)).get()) throw notFound();
  const { received, inspection } = await receiveCheckedPdf(request, limit);
  const { previous, replaced } = await commitWithContent(db, received, (storageName) =>
    db.transaction((tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const before = tx.select().from(documents).where(eq(documents.id, documentId)).get();
      if (!before) throw notFound();
      const row = tx.update(documents).set(fileColumns(received, inspection, storageName)).where(eq(documents.id, documentId)).returning().get();
      recordAudit(tx, {
        actorId,
        action: "document.replace_file",
        entityType: "document",
        entityId: documentId,
        details: {
          previous: { originalFilename: before.originalFilename, sizeBytes: before.sizeBytes, sha256: before.sha256 },
          originalFilename: row.originalFilename,
          sizeBytes: row.sizeBytes,
          sha256: row.sha256,
        },
      });
      return { previous: before.storageName, replaced: row };
    }),
  );
  if (previous !== replaced.storageName) await releaseStorage(db, previous);
  invalidateCache([cacheTags.document(documentId)]);
  return uploadedDocument(replaced);
}

/** What the replacement page shows of the current file. */
export function findDocumentFile(db: Db, id: string) {
  return (
    db
      .select({ id: documents.id, title: documents.title, originalFilename: documents.originalFilename, sizeBytes: documents.sizeBytes, pageCount: documents.pageCount })
      .from(documents)
      .where(eq(documents.id, id))
      .get() ?? null
  );
}
