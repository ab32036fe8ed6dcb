import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { wrapText } from "@/lib/pdf/document";
import { DEMO_NOTICE, MADE_UP_NOTICE, standInNotice } from "./content/documents";
import type { DocumentSeed } from "./content/types";

export type RenderedPdf = { bytes: Uint8Array; pageCount: number; text: string };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

/**
 * A real, valid PDF with the document's title and the demo notice on every page, then the page's paragraphs.
 * The first page says which original document the file stands in for (or that it was made up for the demo).
 * `text` is exactly what was written, i.e. what text extraction would find. Standard fonts use WinAnsi,
 * which covers French (é, œ, « », –).
 */
export async function renderPlaceholderPdf(seed: DocumentSeed, creationDate: Date): Promise<RenderedPdf> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(seed.title);
  pdf.setAuthor("IREV");
  pdf.setProducer("irev-reseau");
  pdf.setCreationDate(creationDate);
  pdf.setModificationDate(creationDate);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);

  const pagesText: string[] = [];
  const standIn = seed.original ? standInNotice(seed.original) : MADE_UP_NOTICE;
  seed.pages.map((paragraphs, index) => (index === 0 ? [standIn, ...paragraphs] : paragraphs)).forEach((paragraphs, index) => {
    const page = pdf.addPage(A4);
    let y = A4[1] - MARGIN;
    const write = (text: string, font: PDFFont, size: number, gapAfter: number) => {
      for (const line of wrapText(text, font, size, WIDTH)) {
        y -= size * 1.35;
        page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      }
      y -= gapAfter;
    };
    write(seed.title, bold, 16, 6);
    write(DEMO_NOTICE, italic, 10, 18);
    for (const paragraph of paragraphs) write(paragraph, regular, 11, 10);
    page.drawText(`Page ${index + 1} / ${seed.pages.length}`, { x: MARGIN, y: MARGIN / 2, size: 9, font: regular });
    pagesText.push([seed.title, DEMO_NOTICE, ...paragraphs].join("\n"));
  });

  const bytes = await pdf.save();
  return { bytes, pageCount: pdf.getPageCount(), text: pagesText.join("\n\n") };
}
