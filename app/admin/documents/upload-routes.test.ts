import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/open";
import { documents } from "@/lib/documents/schema";
import type { Role } from "@/lib/people/schema";
import { findActiveUser, type User } from "@/lib/people/service";
import { freshDatabase, insertUser } from "@/tests/db";
import { filesIn, MULTIPART_TYPE, multipartBody, samplePdf } from "@/tests/upload";
import { POST as upload } from "./televerser/route";
import { POST as replace } from "./[id]/remplacer/televerser/route";

const state = vi.hoisted(() => ({ db: undefined as unknown, user: null as unknown }));

vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user }));

let db: Db;
let directory: string;

beforeEach(() => {
  db = freshDatabase();
  state.db = db;
  directory = mkdtempSync(path.join(tmpdir(), "irev-upload-routes-"));
  process.env.UPLOAD_DIR = directory;
});

function signIn(role: Role | null): User | null {
  state.user = role ? findActiveUser(db, insertUser(db, role).id)! : null;
  return state.user as User | null;
}

function post(body: Uint8Array, headers: Record<string, string> = { "x-requested-with": "XMLHttpRequest" }) {
  return new Request("http://localhost/admin/documents/televerser", { method: "POST", headers: { "content-type": MULTIPART_TYPE, ...headers }, body: new Uint8Array(body) });
}

async function pdfBody(text = "Programme") {
  return multipartBody({ filename: "Programme de la journée.pdf", content: await samplePdf(text) }, { visibility: "members" });
}

describe("POST /admin/documents/televerser", () => {
  it("answers who may upload from the role in the database: visitor 401, pending and member 403, staff and admin 201", async () => {
    const body = await pdfBody();
    for (const [role, status] of [[null, 401], ["pending", 403], ["member", 403], ["staff", 201], ["admin", 201]] as const) {
      signIn(role);
      const response = await upload(post(body));
      expect(response.status, String(role)).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(db.select().from(documents).all()).toHaveLength(2);
  });

  it("answers the new document as JSON", async () => {
    const staff = signIn("staff")!;
    const response = await upload(post(await pdfBody()));
    const { document } = (await response.json()) as { document: { id: string } };
    expect(document).toMatchObject({
      id: expect.any(String),
      title: "Programme de la journée",
      url: `/documents/${document.id}/Programme%20de%20la%20journ%C3%A9e.pdf`,
      editUrl: `/admin/documents/${document.id}`,
      warnings: [],
    });
    expect(db.select().from(documents).where(eq(documents.id, document.id)).get()).toMatchObject({ uploaderId: staff.id, visibility: "members" });
  });

  it("refuses as JSON with a stable code and a French message, leaving nothing", async () => {
    signIn("staff");
    const response = await upload(post(multipartBody({ filename: "page.pdf", content: "<html></html>" })));
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: { code: "not_a_pdf", message: expect.stringContaining("n'est pas un PDF") } });
    expect(filesIn(directory)).toEqual([]);
  });

  it("refuses a request a cross-site form could send (no X-Requested-With)", async () => {
    signIn("staff");
    const response = await upload(post(await pdfBody(), {}));
    expect(response.status).toBe(400);
    expect(db.select().from(documents).all()).toEqual([]);
  });
});

describe("POST /admin/documents/[id]/remplacer/televerser", () => {
  it("replaces the file of the document for staff only, keeping its id", async () => {
    signIn("staff");
    const { document } = (await (await upload(post(await pdfBody()))).json()) as { document: { id: string } };
    const context = { params: Promise.resolve({ id: document.id }) };
    signIn("member");
    expect((await replace(post(await pdfBody("Nouvelle version")), context)).status).toBe(403);
    signIn("staff");
    const response = await replace(post(multipartBody({ filename: "Programme v2.pdf", content: await samplePdf("Nouvelle version") })), context);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { document: { id: string; url: string } }).document).toMatchObject({ id: document.id, url: `/documents/${document.id}/Programme%20v2.pdf` });
    expect(db.select().from(documents).all()).toHaveLength(1);
    expect(filesIn(directory)).toHaveLength(1);
    expect((await replace(post(await pdfBody()), { params: Promise.resolve({ id: "inconnu" }) })).status).toBe(404);
  });
});
