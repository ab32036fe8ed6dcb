import { describe, expect, it } from "vitest";
import { refusal } from "@/tests/refusal";
import {
  assertDeclaredLength,
  assertEndOfFileMarker,
  assertPdfExtension,
  assertPdfMagic,
  assertPdfMediaType,
  cleanFilename,
  fileTooLarge,
  MULTIPART_OVERHEAD_BYTES,
  pdfWarnings,
} from "./upload-rules";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("upload rules", () => {
  it("refuses a declared length that cannot fit before anything is read, and a malformed one", () => {
    expect(() => assertDeclaredLength(null, 1000)).not.toThrow();
    expect(() => assertDeclaredLength(String(1000 + MULTIPART_OVERHEAD_BYTES), 1000)).not.toThrow();
    const tooLarge = refusal(() => assertDeclaredLength(String(1001 + MULTIPART_OVERHEAD_BYTES), 1000));
    expect(tooLarge.code).toBe("file_too_large");
    expect(tooLarge.status).toBe(413);
    expect(refusal(() => assertDeclaredLength("12 Mo", 1000)).code).toBe("bad_request");
  });

  it("words the limit in French", () => {
    expect(fileTooLarge(100_000_000).message).toContain("100 Mo");
  });

  it("keeps a name cleaned (NFC, spaces collapsed) and refuses hostile ones", () => {
    expect(cleanFilename("  Rapport   annuel  2017.pdf ")).toBe("Rapport annuel 2017.pdf");
    expect(cleanFilename("Re\u0301union.pdf")).toBe("R\u00e9union.pdf");
    for (const hostile of ["../secret.pdf", "..\\secret.pdf", "dossier/rapport.pdf", "C:\\rapport.pdf", "a\0b.pdf", "ligne\nnouvelle.pdf", "tab\t.pdf", "bip\u0007.pdf", "facture\u202Efdp.exe", "", "   ", "..", `${"a".repeat(300)}.pdf`, null]) {
      expect(refusal(() => cleanFilename(hostile)).code, JSON.stringify(hostile)).toBe("invalid_filename");
    }
  });

  it("wants the .pdf extension", () => {
    expect(() => assertPdfExtension("Rapport.PDF")).not.toThrow();
    for (const name of ["rapport.pdf.exe", "rapport", "rapport.html", ".pdf"]) expect(refusal(() => assertPdfExtension(name)).code, name).toBe("not_a_pdf");
  });

  it("wants the declared type application/pdf", () => {
    expect(() => assertPdfMediaType("application/pdf")).not.toThrow();
    expect(() => assertPdfMediaType("Application/PDF; name=x")).not.toThrow();
    for (const type of ["text/html", "image/svg+xml", "application/octet-stream", "", undefined]) expect(refusal(() => assertPdfMediaType(type)).code, String(type)).toBe("not_a_pdf");
  });

  it("wants the %PDF- magic bytes", () => {
    expect(() => assertPdfMagic(bytes("%PDF-1.7\n"))).not.toThrow();
    for (const head of ["<!doctype html>", "<svg xmlns=", "MZ\x90\x00", "\x7fELF", "%PD", ""]) expect(refusal(() => assertPdfMagic(bytes(head))).code, head).toBe("not_a_pdf");
  });

  it("wants the %%EOF marker at the end", () => {
    expect(() => assertEndOfFileMarker(bytes("trailer\n<<>>\nstartxref\n123\n%%EOF\n"))).not.toThrow();
    expect(refusal(() => assertEndOfFileMarker(bytes("4 0 obj\n<< /Length 12 >>\nstream\nBT /F1"))).code).toBe("corrupt_pdf");
  });

  it("words the warnings of an accepted PDF", () => {
    expect(pdfWarnings({ hasJavascript: false, hasEmbeddedFiles: false })).toEqual([]);
    expect(pdfWarnings({ hasJavascript: true, hasEmbeddedFiles: true }).join(" ")).toMatch(/JavaScript.*fichiers joints/);
  });
});
