import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type ReadPdf = {
  pages: { width: number; height: number; text: string; items: { text: string; x: number; y: number; fontName: string }[] }[];
  title: string | undefined;
};

/** A PDF read back as a reader would: each page's size and text (items joined by spaces), through PDF.js. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: ReadPdf["pages"] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      "str" in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, fontName: item.fontName }] : [],
    );
    pages.push({ width, height, text: items.map((item) => item.text).join(" "), items });
  }
  const { info } = (await document.getMetadata()) as { info: { Title?: string } };
  await document.destroy();
  return { pages, title: info.Title };
}
