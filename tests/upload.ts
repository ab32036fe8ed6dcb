import { readdirSync } from "node:fs";
import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";

/* PDFs and multipart requests for the upload tests, generated rather than stored. */

/** A real PDF of `pages` pages, each showing `text` and its number. */
export async function samplePdf(text = "Compte rendu de la rencontre", pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number += 1) pdf.addPage().drawText(`${text} - page ${number}`, { x: 50, y: 700, size: 14, font });
  return pdf.save();
}

/** A PDF that runs JavaScript when opened, as interactive official forms do. */
export async function pdfWithJavascript(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert('Bonjour');") }));
  return pdf.save();
}

/** A PDF carrying a spreadsheet as an embedded file. */
export async function pdfWithEmbeddedFile(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  await pdf.attach(new TextEncoder().encode("commune;population\nNoyon;13000\n"), "donnees.csv", { mimeType: "text/csv" });
  return pdf.save();
}

export type FilePart = { filename: string; type?: string; content: Uint8Array | string; field?: string };

const BOUNDARY = "----irev-televersement-test";

/**
 * A multipart/form-data body written by hand, so that tests can send what browsers would escape: the file name is
 * given as RFC 5987 `filename*` (percent-encoded UTF-8), which carries NUL and control characters intact.
 */
export function multipartBody(file: FilePart | null, fields: Record<string, string> = {}): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    const disposition = `form-data; name="${file.field ?? "fichier"}"; filename*=utf-8''${encodeURIComponent(file.filename)}`;
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${file.type ?? "application/pdf"}\r\n\r\n`));
    parts.push(Buffer.from(file.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export function uploadRequest(file: FilePart | null, fields: Record<string, string> = {}, url = "http://localhost/admin/documents/televerser"): Request {
  const body = new Uint8Array(multipartBody(file, fields));
  return new Request(url, { method: "POST", headers: { "content-type": MULTIPART_TYPE, "content-length": String(body.byteLength) }, body });
}

/** Every file left in the upload directory, temporary ones included. */
export function filesIn(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}
