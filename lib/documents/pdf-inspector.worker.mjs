/*
 * Opens one PDF with PDF.js off the main thread (lib/documents/pdf-inspector.ts starts it): page count, text, and
 * whether it carries JavaScript or embedded files. Plain ESM, read from disk at run time, so it runs the same under
 * `next dev`, after `next build` and in tests.
 */
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Beyond this, the text kept for search and the accessible version is cut: a huge scan-and-OCR file stays usable. */
const MAX_TEXT_CHARACTERS = 2_000_000;

async function inspect({ path }) {
  /* Read from the file by ranges, only the parts PDF.js needs: a 100 Mo scan is never loaded whole. */
  const document = await getDocument({
    url: path,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    let hasJavascript = await document.hasJSActions();
    let hasEmbeddedFiles = (await document.getAttachments()) !== null;
    const pages = [];
    let length = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      if (length < MAX_TEXT_CHARACTERS) {
        const content = await page.getTextContent();
        const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
        pages.push(text);
        length += text.length;
      }
      const annotations = await page.getAnnotations();
      hasEmbeddedFiles ||= annotations.some((annotation) => annotation.annotationType === 17 /* FILEATTACHMENT */);
      hasJavascript ||= annotations.some((annotation) => annotation.actions || annotation.unsafeUrl?.toLowerCase().startsWith("javascript:"));
      hasJavascript ||= (await page.getJSActions()) !== null;
      page.cleanup();
    }
    /* Pages separated by a form feed: the text version (lib/documents/text-version.ts) shows them page by page. */
    const text = pages.join("\f").replace(/[ \t]+\n/g, "\n").trim().slice(0, MAX_TEXT_CHARACTERS);
    return { pageCount: document.numPages, text, hasJavascript, hasEmbeddedFiles };
  } finally {
    await document.destroy();
  }
}

inspect(workerData).then(
  (result) => parentPort.postMessage({ ok: true, result }),
  (error) => parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
