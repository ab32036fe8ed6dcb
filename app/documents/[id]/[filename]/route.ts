import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { db } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canDownload } from "@/lib/documents/access";
import { documentHref } from "@/lib/documents/links";
import { contentDisposition, dispositionType, httpDate, isNotModified, rangeStillApplies } from "@/lib/documents/http";
import { findDocumentForDownload, recordDownload } from "@/lib/documents/queries";
import { parseRange, type ByteRange } from "@/lib/documents/range";
import { storedFilePath } from "@/lib/documents/storage";

type Context = { params: Promise<{ id: string; filename: string }> };

export function GET(request: Request, context: Context): Promise<Response> {
  return serveDocument(request, context, { withBody: true });
}

export function HEAD(request: Request, context: Context): Promise<Response> {
  return serveDocument(request, context, { withBody: false });
}

/*
 * Every answer states its Content-Length. Next 16 itself drops that header from route handlers' responses
 * (FORBIDDEN_HEADERS in next/dist/server/send-response.js) and sends them chunked: it reaches the wire again the
 * day Next forwards it, or behind a server that serves this handler directly.
 */

async function serveDocument(request: Request, { params }: Context, { withBody }: { withBody: boolean }): Promise<Response> {
  const { id, filename } = await params;
  const document = findDocumentForDownload(db, id);
  if (!document) return plainText(404, "Document introuvable.");

  const user = await getCurrentUser();
  const allowed = canDownload(document.visibility, user?.role);
  const url = new URL(request.url);
  if (!isRequestedName(filename, document.originalFilename)) {
    /* A link made before the file was replaced (same id, older name) leads to the current one; nobody learns a members file's name. */
    if (!allowed) return plainText(404, "Document introuvable.");
    return new Response(null, { status: 308, headers: { Location: `${documentHref(document)}${url.search}`, "Cache-Control": "no-cache", "Content-Length": "0" } });
  }
  if (!allowed) {
    return user
      ? plainText(403, "Ce document est réservé aux membres du réseau : votre compte doit d'abord être validé par l'équipe de l'IREV.")
      : plainText(401, "Connectez-vous avec un compte membre pour télécharger ce document réservé aux membres du réseau.");
  }

  const path = storedFilePath(document.storageName);
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) {
    console.error(`Document ${document.id}: fichier ${document.storageName} absent du répertoire des dépôts.`);
    return plainText(404, "Document introuvable.");
  }

  const etag = `"${document.sha256}"`;
  const headers = new Headers({
    "Content-Type": document.mimeType,
    "Content-Disposition": contentDisposition(dispositionType(document, url.searchParams), document.originalFilename),
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Last-Modified": httpDate(document.fileChangedAt),
    // Members files must be re-checked on every use: a shared cache or a signed-out browser must not keep them.
    "Cache-Control": document.visibility === "public" ? "public, max-age=3600" : "private, max-age=0, must-revalidate",
  });
  if (isNotModified(request.headers, etag, document.fileChangedAt)) {
    /* The length the 200 would have had (RFC 9110 §8.6): the browser's copy is that whole file. */
    headers.set("Content-Length", String(file.size));
    return new Response(null, { status: 304, headers });
  }

  // A resumed download only gets a part while the file is still the one it started with.
  const range: ByteRange = rangeStillApplies(request.headers.get("if-range"), etag, document.fileChangedAt)
    ? parseRange(request.headers.get("range"), file.size)
    : { kind: "full" };
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${file.size}`);
    headers.set("Content-Length", "0");
    return new Response(null, { status: 416, headers });
  }

  const { start, end } = range.kind === "partial" ? range : { start: 0, end: file.size - 1 };
  headers.set("Content-Length", String(end - start + 1));
  if (range.kind === "partial") headers.set("Content-Range", `bytes ${start}-${end}/${file.size}`);
  const status = range.kind === "partial" ? 206 : 200;
  if (!withBody) return new Response(null, { status, headers });

  // Parts are fetched by viewers and resumed downloads: only whole downloads count.
  if (range.kind === "full") recordDownload(db, document.id);
  // Reads of 1 MiB instead of 64 KiB: sixteen times fewer chunks to pass through the web stream Next pipes out.
  const body = file.size === 0 ? null : (Readable.toWeb(createReadStream(path, { start, end, highWaterMark: READ_CHUNK_BYTES })) as ReadableStream<Uint8Array>);
  return new Response(body, { status, headers });
}

const READ_CHUNK_BYTES = 1024 * 1024;

function plainText(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(message)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

/** Pages link with encodeURIComponent(originalFilename); accept the segment whether or not it reaches us decoded. */
function isRequestedName(requested: string, original: string): boolean {
  if (requested === original) return true;
  try {
    return decodeURIComponent(requested) === original;
  } catch {
    return false;
  }
}
