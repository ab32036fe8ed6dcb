import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/lib/audit/schema";
import { freshDatabase, insertUser } from "@/tests/db";
import { filesIn, MULTIPART_TYPE, multipartBody, pdfWithEmbeddedFile, pdfWithJavascript, samplePdf, uploadRequest, type FilePart } from "@/tests/upload";
import { documents } from "./schema";
import { storedFilePath } from "./storage";
import { replaceDocumentFile, uploadDocument } from "./upload";

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), "irev-uploads-"));
  process.env.UPLOAD_DIR = directory;
});

afterEach(() => {
  delete process.env.UPLOAD_DIR;
});

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  return { db, staff };
}

async function refused(run: Promise<unknown>) {
  const error = await run.then(
    () => {
      throw new Error("expected a refusal");
    },
    (reason: unknown) => reason as { code: string; message: string },
  );
  return { code: error.code, message: error.message };
}

describe("uploading a PDF", () => {
  it("stores a checked PDF under a generated name with its pages, text, hash, audit entry and cleaned name", async () => {
    const { db, staff } = setup();
    const content = await samplePdf("Rapport annuel", 3);
    const uploaded = await uploadDocument(db, staff, uploadRequest({ filename: "  Rapport   annuel 2017.pdf", content }, { visibility: "members" }));
    const row = db.select().from(documents).where(eq(documents.id, uploaded.id)).get()!;
    expect(row).toMatchObject({ title: "Rapport annuel 2017", originalFilename: "Rapport annuel 2017.pdf", visibility: "members", pageCount: 3, sizeBytes: content.byteLength, uploaderId: staff.userId, hasJavascript: false, hasEmbeddedFiles: false });
    expect(row.extractedText).toContain("Rapport annuel - page 3");
    expect(row.storageName).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(readFileSync(storedFilePath(row.storageName))).toEqual(Buffer.from(content));
    expect(filesIn(directory)).toEqual([row.storageName]);
    expect(uploaded).toMatchObject({ id: row.id, title: "Rapport annuel 2017", url: `/documents/${row.id}/Rapport%20annuel%202017.pdf`, editUrl: `/admin/documents/${row.id}`, warnings: [] });
    expect(db.select().from(auditLog).where(eq(auditLog.entityId, row.id)).get()).toMatchObject({ action: "document.create", actorId: staff.userId });
  });

  it("keeps a title given with the file, and public visibility by default", async () => {
    const { db, staff } = setup();
    const uploaded = await uploadDocument(db, staff, uploadRequest({ filename: "cr.pdf", content: await samplePdf() }, { title: "Compte rendu du 11 mai" }));
    expect(db.select().from(documents).where(eq(documents.id, uploaded.id)).get()).toMatchObject({ title: "Compte rendu du 11 mai", visibility: "public" });
  });

  it("stores identical content once, even for two documents", async () => {
    const { db, staff } = setup();
    const content = await samplePdf("Même contenu");
    const first = await uploadDocument(db, staff, uploadRequest({ filename: "a.pdf", content }));
    const second = await uploadDocument(db, staff, uploadRequest({ filename: "b.pdf", content }));
    const rows = db.select().from(documents).all();
    expect(rows.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
    expect(new Set(rows.map((row) => row.storageName)).size).toBe(1);
    expect(filesIn(directory)).toEqual([rows[0]!.storageName]);
  });

  it("accepts PDFs with JavaScript or embedded files, flagged and with their warnings", async () => {
    const { db, staff } = setup();
    const withScript = await uploadDocument(db, staff, uploadRequest({ filename: "formulaire.pdf", content: await pdfWithJavascript() }));
    const withFile = await uploadDocument(db, staff, uploadRequest({ filename: "annexe.pdf", content: await pdfWithEmbeddedFile() }));
    expect(withScript.warnings).toEqual([expect.stringContaining("JavaScript")]);
    expect(withFile.warnings).toEqual([expect.stringContaining("fichiers joints")]);
    expect(db.select().from(documents).where(eq(documents.id, withScript.id)).get()).toMatchObject({ hasJavascript: true, hasEmbeddedFiles: false });
    expect(db.select().from(documents).where(eq(documents.id, withFile.id)).get()).toMatchObject({ hasJavascript: false, hasEmbeddedFiles: true });
  });

  it("checks the uploader's role in the database before reading anything", async () => {
    const { db } = setup();
    const member = { userId: insertUser(db, "member").id };
    let pulled = false;
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://localhost/", { method: "POST", headers: { "content-type": MULTIPART_TYPE }, body, duplex: "half" } as RequestInit);
    expect(await refused(uploadDocument(db, member, request))).toMatchObject({ code: "forbidden" });
    expect(pulled).toBe(false);
  });
});

describe("refused uploads leave nothing behind", () => {
  async function expectRefused(file: FilePart | null, code: string, message: RegExp, fields: Record<string, string> = {}, limit?: number) {
    const { db, staff } = setup();
    const outcome = await refused(uploadDocument(db, staff, uploadRequest(file, fields), limit));
    expect(outcome.code, file?.filename).toBe(code);
    expect(outcome.message).toMatch(message);
    expect(filesIn(directory), file?.filename).toEqual([]);
    expect(db.select().from(documents).all()).toEqual([]);
    expect(db.select().from(auditLog).all()).toEqual([]);
  }

  it("an HTML page, an SVG image or an executable renamed .pdf", async () => {
    await expectRefused({ filename: "page.pdf", content: "<!doctype html><html><body><script>alert(1)</script></body></html>" }, "not_a_pdf", /%PDF-/);
    await expectRefused({ filename: "image.pdf", content: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' }, "not_a_pdf", /n'est pas un PDF/);
    await expectRefused({ filename: "programme.pdf", content: Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(4096)]) }, "not_a_pdf", /%PDF-/);
    await expectRefused({ filename: "page.html", type: "text/html", content: await samplePdf() }, "not_a_pdf", /se termine pas par/);
    await expectRefused({ filename: "page.pdf", type: "text/html", content: await samplePdf() }, "not_a_pdf", /application\/pdf/);
    await expectRefused({ filename: "vide.pdf", content: "" }, "not_a_pdf", /%PDF-/);
  });

  it("a truncated PDF and a corrupt one", async () => {
    const content = await samplePdf("Complet", 4);
    await expectRefused({ filename: "tronque.pdf", content: content.slice(0, Math.floor(content.byteLength * 0.6)) }, "corrupt_pdf", /tronqué/);
    const corrupt = Buffer.from(content);
    for (let index = 300; index < corrupt.byteLength - 300; index += 37) corrupt[index] = 0x41;
    await expectRefused({ filename: "abime.pdf", content: corrupt }, "corrupt_pdf", /illisible/);
    await expectRefused({ filename: "entete.pdf", content: "%PDF-1.7\n<html>rien</html>\n%%EOF\n" }, "corrupt_pdf", /illisible/);
  });

  it("each hostile name", async () => {
    const content = await samplePdf();
    for (const filename of ["../../etc/passwd.pdf", "..\\..\\boot.pdf", "dossier/rapport.pdf", "nul\0.pdf", "retour\r\nligne.pdf", "bip\u0007.pdf", "facture\u202Efdp.pdf"]) {
      await expectRefused({ filename, content }, "invalid_filename", /Nom de fichier refusé/);
    }
  });

  it("a file over the limit, while streaming, and a Content-Length over it before reading", async () => {
    const content = await samplePdf("Gros", 20);
    await expectRefused({ filename: "gros.pdf", content }, "file_too_large", /taille maximale de 1 Ko/, {}, 1000);
    const { db, staff } = setup();
    let pulled = 0;
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(1024));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://localhost/", { method: "POST", headers: { "content-type": MULTIPART_TYPE, "content-length": String(10 * 1024 * 1024 * 1024) }, body, duplex: "half" } as RequestInit);
    expect(await refused(uploadDocument(db, staff, request, 1000))).toMatchObject({ code: "file_too_large" });
    expect(pulled).toBe(0);
    expect(filesIn(directory)).toEqual([]);
  });

  it("a 1 GB stream, stopped at the limit with flat memory", async () => {
    const { db, staff } = setup();
    const limit = 100_000_000;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const head = multipartBody({ filename: "enorme.pdf", content: "%PDF-1.7\n" });
    const prefix = head.subarray(0, head.indexOf("%PDF-1.7\n") + 9);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(prefix);
      },
      pull(controller) {
        if (sent >= 1024 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const request = new Request("http://localhost/", { method: "POST", headers: { "content-type": MULTIPART_TYPE }, body, duplex: "half" } as RequestInit);
    const outcome = await refused(uploadDocument(db, staff, request, limit));
    clearInterval(sampler);
    expect(outcome.code).toBe("file_too_large");
    expect(sent).toBeLessThan(limit + 8 * 1024 * 1024);
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect(filesIn(directory)).toEqual([]);
  });

  it("a body without a file, with two files, or that is not multipart", async () => {
    await expectRefused(null, "bad_request", /Aucun fichier reçu/, { visibility: "public" });
    await expectRefused({ filename: "a.pdf", field: "autre", content: await samplePdf() }, "bad_request", /un seul fichier/);
    await expectRefused({ filename: "a.pdf", content: await samplePdf() }, "validation_failed", /erreurs/, { visibility: "secret" });
    const { db, staff } = setup();
    const json = new Request("http://localhost/", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(await refused(uploadDocument(db, staff, json))).toMatchObject({ code: "bad_request" });
  });
});

describe("replacing a document's file", () => {
  it("keeps the id, updates the file's columns, audits, and deletes the old file once unused", async () => {
    const { db, staff } = setup();
    const original = await samplePdf("Version 1", 1);
    const first = await uploadDocument(db, staff, uploadRequest({ filename: "Programme.pdf", content: original }, { title: "Programme", visibility: "members" }));
    const twin = await uploadDocument(db, staff, uploadRequest({ filename: "Copie.pdf", content: original }));
    const before = db.select().from(documents).where(eq(documents.id, first.id)).get()!;

    const replaced = await replaceDocumentFile(db, staff, first.id, uploadRequest({ filename: "Programme définitif.pdf", content: await pdfWithJavascript() }));
    const after = db.select().from(documents).where(eq(documents.id, first.id)).get()!;
    expect(replaced).toMatchObject({ id: first.id, title: "Programme", url: `/documents/${first.id}/Programme%20d%C3%A9finitif.pdf`, warnings: [expect.stringContaining("JavaScript")] });
    expect(after).toMatchObject({ title: "Programme", visibility: "members", originalFilename: "Programme définitif.pdf", pageCount: 1, hasJavascript: true });
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.fileChangedAt.getTime()).toBeGreaterThanOrEqual(before.fileChangedAt.getTime());
    /* The twin still uses the first file: it stays. */
    expect(filesIn(directory).sort()).toEqual([before.storageName, after.storageName].sort());
    expect(db.select().from(auditLog).where(eq(auditLog.action, "document.replace_file")).get()).toMatchObject({ entityId: first.id, actorId: staff.userId });

    await replaceDocumentFile(db, staff, twin.id, uploadRequest({ filename: "Copie 2.pdf", content: await samplePdf("Version 2") }));
    const twinAfter = db.select().from(documents).where(eq(documents.id, twin.id)).get()!;
    expect(filesIn(directory).sort()).toEqual([after.storageName, twinAfter.storageName].sort());
  });

  it("refuses a bad file and leaves the document and its file as they were", async () => {
    const { db, staff } = setup();
    const first = await uploadDocument(db, staff, uploadRequest({ filename: "Programme.pdf", content: await samplePdf() }));
    const before = db.select().from(documents).where(eq(documents.id, first.id)).get()!;
    expect(await refused(replaceDocumentFile(db, staff, first.id, uploadRequest({ filename: "Programme.pdf", content: "<html></html>" })))).toMatchObject({ code: "not_a_pdf" });
    expect(await refused(replaceDocumentFile(db, staff, "inconnu", uploadRequest({ filename: "Programme.pdf", content: await samplePdf() })))).toMatchObject({ code: "not_found" });
    expect(await refused(replaceDocumentFile(db, { userId: insertUser(db, "member").id }, first.id, uploadRequest({ filename: "P.pdf", content: await samplePdf("x") })))).toMatchObject({ code: "forbidden" });
    expect(db.select().from(documents).where(eq(documents.id, first.id)).get()).toEqual(before);
    expect(filesIn(directory)).toEqual([before.storageName]);
  });
});
