import { describe, it, expect, beforeAll, beforeEach, vi } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/open";
import { documents, type Visibility } from "@/lib/documents/schema";
import { users, type Role } from "@/lib/people/schema";
import type { User } from "@/lib/people/service";
import { GET, HEAD } from "./[id]/[filename]/route";

const state = vi.hoisted(() => ({ db: undefined as unknown, user: null as unknown }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user }));

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PUBLIC_NAME = "synthèse_enquête (mars 2017).pdf";
const MEMBERS_NAME = "points_actus_reseau.pdf";

let db: Db;
const ids: Record<Visibility | "scripted", string> = { public: "", members: "", scripted: "" };
const people: Partial<Record<Role, User>> = {};

const FILE_CHANGED_AT = new Date("2026-03-05T10:20:30.456Z");

function insertDocument(visibility: Visibility, originalFilename: string, storageName: string, values: Partial<typeof documents.$inferInsert> = {}): string {
  writeFileSync(path.join(process.env.UPLOAD_DIR!, storageName), PDF);
  return db
    .insert(documents)
    .values({
      title: `Document ${visibility}`,
      originalFilename,
      storageName,
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      pageCount: 1,
      visibility,
      fileChangedAt: FILE_CHANGED_AT,
      ...values,
    })
    .returning({ id: documents.id })
    .get().id;
}

function download(id: string, filename: string, headers: Record<string, string> = {}, handler = GET, query = "") {
  const url = `http://localhost/documents/${id}/${encodeURIComponent(filename)}${query}`;
  return handler(new Request(url, { headers, method: handler === HEAD ? "HEAD" : "GET" }), {
    params: Promise.resolve({ id, filename }),
  });
}

function downloadCount(id: string): number {
  return db.select({ n: documents.downloadCount }).from(documents).where(eq(documents.id, id)).get()!.n;
}

beforeAll(() => {
  const directory = mkdtempSync(path.join(tmpdir(), "irev-download-"));
  process.env.UPLOAD_DIR = path.join(directory, "uploads");
  mkdirSync(process.env.UPLOAD_DIR);
  db = openDatabase(path.join(directory, "test.db")).db;
  state.db = db;
  ids.public = insertDocument("public", PUBLIC_NAME, "public.pdf");
  ids.members = insertDocument("members", MEMBERS_NAME, "members.pdf");
  ids.scripted = insertDocument("public", "formulaire.pdf", "scripted.pdf", { hasJavascript: true });
  for (const role of ["pending", "member"] as const) {
    people[role] = db.insert(users).values({ email: `${role}@example.org`, name: role, role }).returning().get();
  }
});

beforeEach(() => {
  state.user = null;
});

describe("GET /documents/[id]/[filename]", () => {
  it("sends a public file whole, with its headers, and counts the download", async () => {
    const before = downloadCount(ids.public);
    const response = await download(ids.public, PUBLIC_NAME);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="synthese_enquete (mars 2017).pdf"; filename*=UTF-8''synth%C3%A8se_enqu%C3%AAte%20%28mars%202017%29.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-length")).toBe(String(PDF.byteLength));
    expect(response.headers.get("etag")).toBe(`"${createHash("sha256").update(PDF).digest("hex")}"`);
    expect(response.headers.get("last-modified")).toBe("Thu, 05 Mar 2026 10:20:30 GMT");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    expect(downloadCount(ids.public)).toBe(before + 1);
  });

  it("sends the requested bytes of a Range, without counting a download", async () => {
    const before = downloadCount(ids.public);
    const response = await download(ids.public, PUBLIC_NAME, { range: "bytes=0-9" });

    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes 0-9/${PDF.byteLength}`);
    expect(response.headers.get("content-length")).toBe("10");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF.subarray(0, 10));
    expect(downloadCount(ids.public)).toBe(before);
  });

  it("answers 416 to a range past the end of the file", async () => {
    const response = await download(ids.public, PUBLIC_NAME, { range: "bytes=99999-" });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(`bytes */${PDF.byteLength}`);
    expect(response.headers.get("content-length")).toBe("0");
  });

  it("answers 304 when the browser already has this version", async () => {
    const etag = (await download(ids.public, PUBLIC_NAME, {}, HEAD)).headers.get("etag")!;
    const response = await download(ids.public, PUBLIC_NAME, { "if-none-match": etag });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("content-length")).toBe(String(PDF.byteLength));
  });

  it("answers HEAD with the headers only, without counting a download", async () => {
    const before = downloadCount(ids.public);
    const response = await download(ids.public, PUBLIC_NAME, {}, HEAD);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(PDF.byteLength));
    expect(response.body).toBeNull();
    expect(downloadCount(ids.public)).toBe(before);
  });

  it("asks visitors to sign in for a members file", async () => {
    const response = await download(ids.members, MEMBERS_NAME);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-length")).not.toBeNull();
    expect(await response.text()).toMatch(/^Connectez-vous/);
  });

  it("refuses a members file to an account not yet approved", async () => {
    state.user = people.pending;
    const response = await download(ids.members, MEMBERS_NAME);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("réservé aux membres");
  });

  it("sends a members file to a member, kept out of shared caches", async () => {
    state.user = people.member;
    const response = await download(ids.members, MEMBERS_NAME);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=0, must-revalidate");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
  });

  it("answers 404 for an unknown id, with its length", async () => {
    const response = await download("inconnu", PUBLIC_NAME);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength("Document introuvable.")));
    expect(await response.text()).toBe("Document introuvable.");
  });

  it("redirects a link with an older file name to the current one, keeping the query, without counting", async () => {
    const before = downloadCount(ids.public);
    const response = await download(ids.public, "ancien nom.pdf", {}, GET, "?telechargement");
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`/documents/${ids.public}/${encodeURIComponent(PUBLIC_NAME)}?telechargement`);
    expect(response.headers.get("content-length")).toBe("0");
    expect(downloadCount(ids.public)).toBe(before);
    state.user = people.member;
    expect((await download(ids.members, "ancien.pdf")).headers.get("location")).toBe(`/documents/${ids.members}/${MEMBERS_NAME}`);
  });

  it("does not tell a visitor that a members file exists under another name", async () => {
    expect((await download(ids.members, "autre.pdf")).status).toBe(404);
    state.user = people.pending;
    expect((await download(ids.members, "autre.pdf")).status).toBe(404);
  });

  it("opens PDFs in the browser, hands them over to be saved when asked, and never opens one carrying JavaScript", async () => {
    expect((await download(ids.public, PUBLIC_NAME, {}, HEAD, "?telechargement")).headers.get("content-disposition")).toMatch(/^attachment; filename="synthese_enquete/);
    expect((await download(ids.scripted, "formulaire.pdf", {}, HEAD)).headers.get("content-disposition")).toBe(`attachment; filename="formulaire.pdf"; filename*=UTF-8''formulaire.pdf`);
  });

  it("answers 304 to If-Modified-Since when the file has not changed since, If-None-Match winning when both are sent", async () => {
    const lastModified = "Thu, 05 Mar 2026 10:20:30 GMT";
    const notModified = await download(ids.public, PUBLIC_NAME, { "if-modified-since": lastModified });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("last-modified")).toBe(lastModified);
    expect(notModified.headers.get("content-length")).toBe(String(PDF.byteLength));
    expect((await download(ids.public, PUBLIC_NAME, { "if-modified-since": "Thu, 05 Mar 2026 10:20:29 GMT" })).status).toBe(200);
    expect((await download(ids.public, PUBLIC_NAME, { "if-modified-since": lastModified, "if-none-match": '"autre"' })).status).toBe(200);
  });

  it("counts each whole download once, not its parts, HEADs or revalidations", async () => {
    const before = downloadCount(ids.public);
    const etag = (await download(ids.public, PUBLIC_NAME, {}, HEAD)).headers.get("etag")!;
    await download(ids.public, PUBLIC_NAME, { range: "bytes=0-3" });
    await download(ids.public, PUBLIC_NAME, { "if-none-match": etag });
    await (await download(ids.public, PUBLIC_NAME)).arrayBuffer();
    await (await download(ids.public, PUBLIC_NAME, {}, GET, "?telechargement")).arrayBuffer();
    expect(downloadCount(ids.public)).toBe(before + 2);
  });

  it("serves the whole file when If-Range names another version, a part when it names this one", async () => {
    expect((await download(ids.public, PUBLIC_NAME, { range: "bytes=0-9", "if-range": '"ancienne"' })).status).toBe(200);
    expect((await download(ids.public, PUBLIC_NAME, { range: "bytes=0-9", "if-range": "Thu, 05 Mar 2026 10:20:30 GMT" })).status).toBe(206);
  });
});
