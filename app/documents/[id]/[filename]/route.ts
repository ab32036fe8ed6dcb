import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { db } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canDownload } from "@/lib/documents/access";
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

async function serveDocument(request: Request, { params }: Context, { withBody }: { withBody: boolean }): Promise<Response> {
  const { id, filename } = await params;
  const document = findDocumentForDownload(db, id);
  if (!document || !isRequestedName(filename, document.originalFilename)) return plainText(404, "Document introuvable.");

  const user = await getCurrentUser();
  if (!canDownload(document.visibility, user?.role)) {
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
    "Content-Disposition": contentDisposition(document.originalFilename),
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Last-Modified": file.mtime.toUTCString(),
    // Members files must be re-checked on every use: a shared cache or a signed-out browser must not keep them.
    "Cache-Control": document.visibility === "public" ? "public, max-age=3600" : "private, max-age=0, must-revalidate",
  });
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  // A resumed download only gets a part while the file is still the one it started with.
  const ifRange = request.headers.get("if-range");
  const range: ByteRange = ifRange && ifRange !== etag ? { kind: "full" } : parseRange(request.headers.get("range"), file.size);
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${file.size}`);
    return new Response(null, { status: 416, headers });
  }

  const { start, end } = range.kind === "partial" ? range : { start: 0, end: file.size - 1 };
  headers.set("Content-Type", document.mimeType);
  headers.set("Content-Length", String(end - start + 1));
  if (range.kind === "partial") headers.set("Content-Range", `bytes ${start}-${end}/${file.size}`);
  const status = range.kind === "partial" ? 206 : 200;
  if (!withBody) return new Response(null, { status, headers });

  // Parts are fetched by viewers and resumed downloads: only whole downloads count.
  if (range.kind === "full") recordDownload(db, document.id);
  const body = file.size === 0 ? null : (Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status, headers });
}

function plainText(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
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

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/** RFC 6266: old clients read the ASCII `filename`, current ones the exact UTF-8 name in `filename*`. */
function contentDisposition(filename: string): string {
  const asciiFallback = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
