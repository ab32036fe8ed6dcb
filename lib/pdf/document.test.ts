import { describe, expect, it } from "vitest";
import { readPdf } from "@/tests/pdf";
import { A4, addA4Page, createDocument, drawPageNumbers, fittingSize, mm, truncateText, wrapText } from "./document";

const createdAt = new Date("2026-11-30T10:00:00Z");

describe("PDF documents", () => {
  it("write names the standard fonts cannot, in regular and bold, read back as text", async () => {
    const doc = await createDocument({ title: "Liste – Œuvre", createdAt });
    const page = addA4Page(doc);
    page.drawText("Łukasz Ștefan Œuvre", { x: 50, y: 700, size: 12, font: doc.regular });
    page.drawText("ŁUKASZ ȘTEFAN ÉLODIE", { x: 50, y: 680, size: 12, font: doc.bold });
    const read = await readPdf(await doc.pdf.save());
    expect(read.title).toBe("Liste – Œuvre");
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]).toMatchObject({ width: A4.width, height: A4.height });
    expect(read.pages[0]!.text).toContain("Łukasz Ștefan Œuvre");
    expect(read.pages[0]!.text).toContain("ŁUKASZ ȘTEFAN ÉLODIE");
  });

  it("number every page 'page N / M' once all pages are there", async () => {
    const doc = await createDocument({ title: "Trois pages", createdAt });
    for (let i = 0; i < 3; i += 1) addA4Page(doc);
    drawPageNumbers(doc);
    const read = await readPdf(await doc.pdf.save());
    expect(read.pages.map((page) => page.text)).toEqual(["page 1 / 3", "page 2 / 3", "page 3 / 3"]);
  });

  it("wrap to a width between words, and cut a word longer than the width", async () => {
    const { regular } = await createDocument({ title: "Mesures", createdAt });
    const width = mm(40);
    const lines = wrapText("Établissement public de coopération intercommunale Anticonstitutionnellementissimement", regular, 10, width);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(regular.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(width);
    expect(lines.join("").replaceAll(" ", "")).toBe("ÉtablissementpublicdecoopérationintercommunaleAnticonstitutionnellementissimement");
    expect(wrapText("  ", regular, 10, width)).toEqual([]);
  });

  it("truncate with an ellipsis only what does not fit", async () => {
    const { regular } = await createDocument({ title: "Mesures", createdAt });
    expect(truncateText("Court", regular, 10, mm(40))).toBe("Court");
    const cut = truncateText("Communauté d'agglomération du Pays de Meaux et environs", regular, 10, mm(40));
    expect(cut.endsWith("…")).toBe(true);
    expect(regular.widthOfTextAtSize(cut, 10)).toBeLessThanOrEqual(mm(40));
  });

  it("shrink a text to fit one line, never below the least size", async () => {
    const { bold } = await createDocument({ title: "Mesures", createdAt });
    expect(fittingSize("Léa", bold, { maxSize: 20, minSize: 9, maxWidth: mm(60) })).toBe(20);
    const size = fittingSize("Marie-Christine de La Rochefoucauld-Montbel", bold, { maxSize: 20, minSize: 9, maxWidth: mm(90) });
    expect(size).toBeLessThan(20);
    expect(bold.widthOfTextAtSize("Marie-Christine de La Rochefoucauld-Montbel", size)).toBeLessThanOrEqual(mm(90));
    expect(fittingSize("W".repeat(200), bold, { maxSize: 20, minSize: 9, maxWidth: mm(60) })).toBe(9);
  });
});
