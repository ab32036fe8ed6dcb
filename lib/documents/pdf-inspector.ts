import path from "node:path";
import { Worker } from "node:worker_threads";
import { corruptPdf } from "./upload-rules";

export type PdfInspection = { pageCount: number; text: string; hasJavascript: boolean; hasEmbeddedFiles: boolean };

/* Read from disk at run time (not bundled): next.config.ts traces it, with PDF.js, into the routes that upload. */
const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "documents", "pdf-inspector.worker.mjs");

/** A PDF that takes PDF.js longer than this is refused rather than left holding a thread. */
const INSPECTION_TIMEOUT_MS = 120_000;

/** What the worker posts: the inspection, or PDF.js's reason for refusing the file. */
type WorkerAnswer = { ok: true; result: PdfInspection } | { ok: false; message: string };

/**
 * Opens the PDF at `filePath` with PDF.js in a worker thread, so that parsing a 100 Mo file never stalls the server's
 * event loop: page count, text, JavaScript and embedded files. A file PDF.js cannot open is refused as corrupt.
 */
export function inspectPdf(filePath: string): Promise<PdfInspection> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { path: filePath } });
    const timer = setTimeout(() => settle({ ok: false, message: "timeout" }), INSPECTION_TIMEOUT_MS);
    let settled = false;
    function settle(answer: WorkerAnswer) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (answer.ok && answer.result.pageCount > 0) return resolve(answer.result);
      if (!answer.ok) console.info(`PDF refusé par PDF.js : ${answer.message}`);
      reject(corruptPdf(answer.ok ? "il ne contient aucune page" : "la bibliothèque PDF n'a pas pu l'ouvrir"));
    }
    worker.on("message", settle);
    worker.on("error", (error) => settle({ ok: false, message: error.message }));
    worker.on("exit", () => settle({ ok: false, message: "worker exited" }));
  });
}
