import { DomainError } from "@/lib/errors";
import { formatFileSize } from "@/lib/time";

/*
 * The checks an uploaded PDF goes through, cheapest first, each in one function: the declared length, the name, the
 * extension, the declared type, the first bytes, the end-of-file marker. lib/documents/upload.ts applies them while
 * the file streams in; the PDF library's own check comes last (lib/documents/pdf-inspector.ts).
 */

/** Room for the multipart envelope (boundaries, part headers, the few text fields) around the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The refusal of a file over the limit: from its declared length here, or while streaming (lib/documents/upload.ts). */
export function fileTooLarge(limit: number): DomainError {
  return new DomainError("file_too_large", `Ce fichier dépasse la taille maximale de ${formatFileSize(limit)}\u00a0: réduisez-le (par exemple en compressant ses images) ou découpez-le.`);
}

/** A request whose `Content-Length` already says the file cannot fit is refused before a byte is read. */
export function assertDeclaredLength(contentLength: string | null, limit: number): void {
  if (contentLength === null || contentLength.trim() === "") return;
  const declared = Number(contentLength);
  if (!Number.isFinite(declared) || declared < 0) throw new DomainError("bad_request", "En-tête « Content-Length » invalide.");
  if (declared > limit + MULTIPART_OVERHEAD_BYTES) throw fileTooLarge(limit);
}

/* Control characters (C0, DEL, C1) and the bidirectional overrides that make "facture‮fdp.exe" read as a PDF. */
const FORBIDDEN_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const MAX_FILENAME_LENGTH = 200;

function invalidFilename(reason: string): DomainError {
  return new DomainError("invalid_filename", `Nom de fichier refusé : ${reason}. Renommez le fichier puis envoyez-le de nouveau.`);
}

/**
 * The name as kept in the library (metadata only, never a path on disk): Unicode NFC, spaces collapsed and trimmed.
 * Names that try to reach another folder or hide characters are refused rather than repaired.
 */
export function cleanFilename(raw: string | undefined | null): string {
  const normalized = (raw ?? "").normalize("NFC");
  if (FORBIDDEN_CHARACTERS.test(normalized)) throw invalidFilename("il contient des caractères de contrôle");
  if (/[/\\]/.test(normalized)) throw invalidFilename("il contient « / », « \\ » ou « ../ »");
  const name = normalized.replace(/\s+/gu, " ").trim();
  if (name === "" || name === "." || name === "..") throw invalidFilename("il ne désigne pas un fichier");
  if (name.length > MAX_FILENAME_LENGTH) throw invalidFilename(`il dépasse ${MAX_FILENAME_LENGTH} caractères`);
  return name;
}

export function notAPdf(detail: string): DomainError {
  return new DomainError("not_a_pdf", `Ce fichier n'est pas un PDF : ${detail}. Seuls les documents PDF sont acceptés.`);
}

export function assertPdfExtension(filename: string): void {
  if (!/\.pdf$/i.test(filename) || filename.length === 4) throw notAPdf("son nom ne se termine pas par « .pdf »");
}

/** The type the browser or client declared for the file part. */
export function assertPdfMediaType(declared: string | undefined | null): void {
  const mediaType = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/pdf") throw notAPdf(`son type déclaré est « ${mediaType || "absent"} » et non « application/pdf »`);
}

const PDF_MAGIC = Buffer.from("%PDF-", "latin1");

/** A PDF starts with "%PDF-": an HTML page, an SVG image or a program renamed ".pdf" does not. */
export function assertPdfMagic(head: Uint8Array): void {
  if (head.byteLength < PDF_MAGIC.byteLength || !PDF_MAGIC.equals(head.subarray(0, PDF_MAGIC.byteLength))) {
    throw notAPdf("son contenu ne commence pas par « %PDF- »");
  }
}

/** How many of the last bytes must hold the end-of-file marker (the tolerance readers such as Acrobat apply). */
export const EOF_WINDOW_BYTES = 1024;

export function corruptPdf(detail: string): DomainError {
  return new DomainError("corrupt_pdf", `Ce PDF est illisible : ${detail}. Enregistrez-le de nouveau depuis le logiciel qui l'a produit, puis réessayez.`);
}

/** A complete PDF ends with "%%EOF" (followed at most by line ends or padding): a cut-off download does not. */
export function assertEndOfFileMarker(tail: Uint8Array): void {
  if (!Buffer.from(tail).toString("latin1").includes("%%EOF")) throw corruptPdf("il est incomplet (tronqué), sa fin « %%EOF » manque");
}

export type PdfWarnings = { hasJavascript: boolean; hasEmbeddedFiles: boolean };

/** What staff and readers are told about a PDF accepted despite active or hidden content. */
export function pdfWarnings({ hasJavascript, hasEmbeddedFiles }: PdfWarnings): string[] {
  return [
    ...(hasJavascript ? ["Ce PDF contient du JavaScript (formulaire interactif, par exemple) : certains lecteurs le bloquent ou demandent une confirmation."] : []),
    ...(hasEmbeddedFiles ? ["Ce PDF contient des fichiers joints : vérifiez qu'ils peuvent être diffusés avec lui."] : []),
  ];
}
