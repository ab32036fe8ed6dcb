import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { PDFDocument } from "pdf-lib";
import type { Db } from "@/db/open";
import { createUsersWithTokens } from "@/tests/bulk-data";
import { DATA_DIR, BASE_URL } from "./server";

/*
 * One PDF of about 100 Mo sent to POST /api/v1/documents with a staff token, streamed from disk, while the server's
 * resident memory (RSS of the largest process of its group: the Next server, PDF.js worker thread included) is read
 * every 20 ms: the upload must not hold the file in memory.
 */

export type UploadRun = { bytes: number; status: number; seconds: number; rssBeforeBytes: number; peakRssBytes: number };

const PAGE_SIZE = 4096;
const BOUNDARY = "----irev-mesure-televersement";

/** A valid PDF of one page and `bytes` of padding in a stream no page uses: as large as a scanned report, cheap to check. */
async function writeLargePdf(file: string, bytes: number): Promise<number> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText("Mesure du televersement", { x: 50, y: 700 });
  pdf.context.register(pdf.context.stream(new Uint8Array(bytes)));
  const saved = await pdf.save();
  writeFileSync(file, saved);
  return saved.byteLength;
}

/** The largest resident set among the processes of the server's group, in bytes. */
function serverRss(processGroup: number): number {
  let largest = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      /* After the command name: state, ppid, pgrp… rss is the 22nd of these. */
      if (Number(fields[2]) === processGroup) largest = Math.max(largest, Number(fields[21]) * PAGE_SIZE);
    } catch {
      /* The process ended while being read. */
    }
  }
  return largest;
}

function multipartStream(file: string): { body: Readable; length: number } {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="visibility"\r\n\r\nmembers\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="fichier"; filename="mesure-100-mo.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const body = Readable.from(
    (async function* () {
      yield head;
      yield* createReadStream(file, { highWaterMark: 1024 * 1024 });
      yield tail;
    })(),
  );
  return { body, length: head.byteLength + statSync(file).size + tail.byteLength };
}

export async function measureUpload(db: Db, processGroup: number, bytes = 99_000_000): Promise<UploadRun> {
  const [staff] = createUsersWithTokens(db, 1, { role: "staff", label: "mesure-televersement" });
  const file = path.join(DATA_DIR, "mesure-100-mo.pdf");
  const size = await writeLargePdf(file, bytes);
  const rssBeforeBytes = serverRss(processGroup);
  let peakRssBytes = rssBeforeBytes;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, serverRss(processGroup))), 20);
  const started = performance.now();
  try {
    const { body, length } = multipartStream(file);
    const response = await fetch(`${BASE_URL}/api/v1/documents`, {
      method: "POST",
      headers: { Authorization: `Bearer ${staff!.token}`, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": String(length) },
      body: Readable.toWeb(body) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit);
    await response.arrayBuffer();
    return { bytes: size, status: response.status, seconds: (performance.now() - started) / 1000, rssBeforeBytes, peakRssBytes };
  } finally {
    clearInterval(sampler);
  }
}
