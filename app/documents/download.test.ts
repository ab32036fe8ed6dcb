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
const ids: Record<Visibility, string> = { public: "", members: "" };
const people: Partial<Record<Role, User>> = {};

function insertDocument(visibility: Visibility, originalFilename: string, storageName: string): string {
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
    })
    .returning({ id: documents.id })
    .get().id;
}

function download(id: string, filename: string, headers: Record<string, string> = {}, handler = GET) {
  const url = `http://localhost/documents/${id}/${encodeURIComponent(filename)}`;
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
      `attachment; filename="synthese_enquete (mars 2017).pdf"; filename*=UTF-8''synth%C3%A8se_enqu%C3%AAte%20%28mars%202017%29.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-length")).toBe(String(PDF.byteLength));
    expect(response.headers.get("etag")).toBe(`"${createHash("sha256").update(PDF).digest("hex")}"`);
    expect(new Date(response.headers.get("last-modified")!).getTime()).not.toBeNaN();
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
  });

  it("answers 304 when the browser already has this version", async () => {
    const etag = (await download(ids.public, PUBLIC_NAME, {}, HEAD)).headers.get("etag")!;
    expect((await download(ids.public, PUBLIC_NAME, { "if-none-match": etag })).status).toBe(304);
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

  it("answers 404 for a wrong file name or an unknown id", async () => {
    for (const response of [await download(ids.public, "autre.pdf"), await download("inconnu", PUBLIC_NAME)]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toBe("Document introuvable.");
    }
  });

  it("does not tell a visitor that a members file exists under a wrong name", async () => {
    expect((await download(ids.members, "autre.pdf")).status).toBe(404);
  });
});
