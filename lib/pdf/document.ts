import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** A4 portrait in PDF points (1/72 inch). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Millimetres to PDF points, for the measures printers and label makers give. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}

export const INK = rgb(0, 0, 0);

/*
 * DejaVu Sans (package dejavu-fonts-ttf, Bitstream Vera licence: free to embed) writes Latin, Greek and Cyrillic
 * names — "Łukasz", "Ștefan", "Œuvre" — that the standard PDF fonts cannot. The files are read at run time from
 * node_modules under the working directory, as `next start` runs; next.config.ts traces them into the build of
 * every route ending in ".pdf".
 */
const FONT_DIR = ["node_modules", "dejavu-fonts-ttf", "ttf"];
const FONT_PATHS = {
  regular: path.join(/*turbopackIgnore: true*/ process.cwd(), ...FONT_DIR, "DejaVuSans.ttf"),
  bold: path.join(/*turbopackIgnore: true*/ process.cwd(), ...FONT_DIR, "DejaVuSans-Bold.ttf"),
};

let fontBytes: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts() {
  fontBytes ??= Promise.all([readFile(FONT_PATHS.regular), readFile(FONT_PATHS.bold)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontBytes = undefined;
      throw error;
    });
  return fontBytes;
}

export type PdfDocument = { pdf: PDFDocument; regular: PDFFont; bold: PDFFont };

/** A new PDF with its metadata and the regular and bold Unicode fonts embedded (only the glyphs used). */
export async function createDocument({ title, createdAt }: { title: string; createdAt: Date }): Promise<PdfDocument> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setAuthor("IREV");
  pdf.setCreator("irev-reseau");
  pdf.setProducer("irev-reseau");
  pdf.setLanguage("fr-FR");
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  const fonts = await loadFonts();
  const [regular, bold] = await Promise.all([pdf.embedFont(fonts.regular, { subset: true }), pdf.embedFont(fonts.bold, { subset: true })]);
  return { pdf, regular, bold };
}

export function addA4Page(doc: PdfDocument): PDFPage {
  return doc.pdf.addPage([A4.width, A4.height]);
}

/** Words that do not fit the width on their own are cut between characters. */
function splitLongWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const character of word) {
    if (piece && font.widthOfTextAtSize(piece + character, size) > maxWidth) {
      pieces.push(piece);
      piece = character;
    } else {
      piece += character;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/** The lines of a text wrapped between words to a width, each line at most `maxWidth` wide. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => splitLongWord(w, font, size, maxWidth))) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line ? [...lines, line] : lines;
}

/** The text cut to a width, ending with "…" when it was cut. */
export function truncateText(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  const characters = [...text];
  while (characters.length > 0 && font.widthOfTextAtSize(`${characters.join("").trimEnd()}…`, size) > maxWidth) characters.pop();
  return characters.length > 0 ? `${characters.join("").trimEnd()}…` : "";
}

/** The largest size, from `maxSize` down to `minSize` by half points, at which the text fits the width on one line. */
export function fittingSize(text: string, font: PDFFont, { maxSize, minSize, maxWidth }: { maxSize: number; minSize: number; maxWidth: number }): number {
  let size = maxSize;
  while (size > minSize && font.widthOfTextAtSize(text, size) > maxWidth) size -= 0.5;
  return Math.max(size, minSize);
}

/** "page 2 / 3" centred at the foot of every page: call once all pages are added. */
export function drawPageNumbers(doc: PdfDocument, { bottom = mm(8), size = 8 }: { bottom?: number; size?: number } = {}): void {
  const pages = doc.pdf.getPages();
  pages.forEach((page, index) => {
    const label = `page ${index + 1} / ${pages.length}`;
    const width = doc.regular.widthOfTextAtSize(label, size);
    page.drawText(label, { x: (page.getWidth() - width) / 2, y: bottom, size, font: doc.regular, color: INK });
  });
}

/** A PDF as a download: never cached, named for the reader's disk. */
export function pdfResponse(bytes: Uint8Array, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export type TableColumn = { label: string; width: number };

/**
 * Rows of text under a bold header row, each cell cut to its column, ruled in grey for black-and-white printing
 * (`boxed`: every cell framed, for the signature boxes of a sign-in sheet). A row that would cross `bottom` goes to
 * a new A4 page, under the header row again at `pageTop`. Returns where the table ended, for what follows it.
 */
export function drawTable(
  doc: PdfDocument,
  start: { page: PDFPage; y: number },
  {
    columns,
    rows,
    x,
    pageTop,
    bottom,
    size = 9.5,
    rowHeight = 18,
    boxed = false,
  }: { columns: TableColumn[]; rows: string[][]; x: number; pageTop: number; bottom: number; size?: number; rowHeight?: number; boxed?: boolean },
): { page: PDFPage; y: number } {
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const rule = { thickness: 0.5, color: rgb(0.55, 0.55, 0.55) };
  let { page, y } = start;
  const drawRow = (cells: string[], font: PDFFont) => {
    let left = x;
    cells.forEach((cell, index) => {
      const column = columns[index]!;
      page.drawText(truncateText(cell, font, size, column.width - 6), { x: left + 3, y: y - rowHeight + (rowHeight - size) / 2 + 2, size, font, color: INK });
      if (boxed) page.drawRectangle({ x: left, y: y - rowHeight, width: column.width, height: rowHeight, borderWidth: rule.thickness, borderColor: rule.color });
      left += column.width;
    });
    y -= rowHeight;
    page.drawLine({ start: { x, y }, end: { x: x + width, y }, ...rule });
  };
  const header = () => drawRow(columns.map((column) => column.label), doc.bold);
  header();
  for (const row of rows) {
    if (y - rowHeight < bottom) {
      page = addA4Page(doc);
      y = pageTop;
      header();
    }
    drawRow(row, doc.regular);
  }
  return { page, y };
}
