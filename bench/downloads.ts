import { createHash, randomBytes } from "node:crypto";
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import { Agent, createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Db } from "@/db/open";
import { documents } from "@/lib/documents/schema";
import { storedFilePath, uploadDirectory } from "@/lib/documents/storage";
import { documentHref } from "@/lib/documents/links";
import { percentile, summarise, type Sample } from "./load";
import { BASE_URL } from "./server";

/*
 * A 10 MB PDF downloaded through the application (/documents/<id>/<name>: access check, headers, count) and, in the
 * same run, from a plain Node static-file server (node:http + createReadStream) serving the same file: the ratio
 * says what the application costs over sending the bytes.
 */

export const DOWNLOAD_BYTES = 10 * 1024 * 1024;

export type DownloadFixture = { path: string; file: string; sizeBytes: number };

/** A public 10 MB PDF in the library, written before the server starts. */
export function prepareDownload(db: Db): DownloadFixture {
  const header = Buffer.from("%PDF-1.4\n% mesure de téléchargement\n");
  const bytes = Buffer.concat([header, randomBytes(DOWNLOAD_BYTES - header.length - 6), Buffer.from("%%EOF\n")]);
  mkdirSync(uploadDirectory(), { recursive: true });
  const storageName = "bench-10-mo.pdf";
  writeFileSync(storedFilePath(storageName), bytes);
  const document = db
    .insert(documents)
    .values({
      title: "Mesure : PDF de 10 Mo",
      originalFilename: "mesure-téléchargement-10-mo.pdf",
      storageName,
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      pageCount: 1,
    })
    .returning()
    .get();
  return { path: documentHref(document), file: storedFilePath(storageName), sizeBytes: bytes.byteLength };
}

/** The reference: the file sent whole by Node itself, with its length and type, nothing else. */
async function startStaticServer(file: string, sizeBytes: number): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "application/pdf", "Content-Length": sizeBytes });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/**
 * `connections` clients downloading the file again and again for `seconds`, each body read and dropped. Not
 * autocannon: its JavaScript parser, not the servers, would set the pace of 10 MB bodies (about 35 MB/s here).
 */
async function downloadLoad(url: string, connections: number, seconds: number): Promise<Sample> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const stopAt = Date.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      get(url, { agent }, (response) => {
        if (response.statusCode !== 200) non2xx += 1;
        response.on("end", () => {
          latencies.push(performance.now() - started);
          resolve();
        });
        response.resume();
      }).on("error", () => {
        errors += 1;
        resolve();
      });
    });
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < stopAt) await once();
  }));
  agent.destroy();
  const elapsed = (Date.now() - started) / 1000;
  return { requestsPerSecond: latencies.length / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), wireBytesPerResponse: 0, errors, non2xx };
}

export type DownloadRun = { sizeBytes: number; connections: number; app: Sample; staticServer: Sample; ratio: number };

/** Both servers measured in turn, `runs` times, so that they meet the machine's ups and downs alike; medians compared. */
export async function measureDownloads(fixture: DownloadFixture, { connections, seconds, runs, beforeEach }: { connections: number; seconds: number; runs: number; beforeEach: () => Promise<void> }): Promise<DownloadRun> {
  const server = await startStaticServer(fixture.file, fixture.sizeBytes);
  try {
    const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${path.basename(fixture.file)}`;
    const check = await fetch(BASE_URL + fixture.path);
    const received = (await check.arrayBuffer()).byteLength;
    if (check.status !== 200 || received !== fixture.sizeBytes) throw new Error(`${fixture.path} répond ${check.status} avec ${received} octets au lieu de ${fixture.sizeBytes} : mesure annulée.`);
    const app: Sample[] = [];
    const reference: Sample[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`  téléchargement de 10 Mo, ${connections} connexions, tour ${run}/${runs}`);
      await beforeEach();
      app.push(await downloadLoad(BASE_URL + fixture.path, connections, seconds));
      reference.push(await downloadLoad(staticUrl, connections, seconds));
    }
    const appSummary = summarise(app);
    const staticSummary = summarise(reference);
    return { sizeBytes: fixture.sizeBytes, connections, app: appSummary, staticServer: staticSummary, ratio: appSummary.requestsPerSecond / staticSummary.requestsPerSecond };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
