import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/open";
import { createApiToken } from "@/lib/api-tokens/service";
import type { ErrorBody, UploadedDocument } from "@/lib/api/schemas";
import { attachments } from "@/lib/documents/schema";
import { reports } from "@/lib/publications/schema";
import { users, type Role } from "@/lib/people/schema";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { filesIn, MULTIPART_TYPE, multipartBody, pdfWithEmbeddedFile, samplePdf } from "@/tests/upload";
import { POST as uploadRoute } from "./route";
import { POST as attachRoute } from "./[id]/attachments/route";

const state = vi.hoisted(() => ({ db: undefined as unknown, sessionUserId: null as string | null }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (state.sessionUserId ? { user: { id: state.sessionUserId }, expires: "2999-01-01T00:00:00.000Z" } : null),
}));

let db: Db;
let directory: string;
const tokens: Partial<Record<Role, string>> = {};

/** A token made while its owner was a member (only members create tokens), then the owner given the role. */
function tokenFor(role: Role): string {
  const user = insertUser(db, "member");
  const { token } = createApiToken(db, user.id, "import");
  db.update(users).set({ role }).where(eq(users.id, user.id)).run();
  return token;
}

function upload(body: Uint8Array, token?: string, headers: Record<string, string> = {}) {
  return uploadRoute(
    new Request("http://localhost/api/v1/documents", {
      method: "POST",
      headers: { "content-type": MULTIPART_TYPE, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: new Uint8Array(body),
    }),
    { params: Promise.resolve({}) },
  );
}

function attach(documentId: string, body: unknown, token?: string) {
  return attachRoute(
    new Request(`http://localhost/api/v1/documents/${documentId}/attachments`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: documentId }) },
  );
}

const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

beforeAll(() => {
  db = freshDatabase();
  state.db = db;
  for (const role of ["member", "staff", "admin"] as const) tokens[role] = tokenFor(role);
});

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), "irev-api-documents-"));
  process.env.UPLOAD_DIR = directory;
  state.sessionUserId = null;
});

describe("POST /api/v1/documents", () => {
  it("creates a document for a staff token, with its pages and warnings", async () => {
    const response = await upload(multipartBody({ filename: "Circulaire du 22 décembre 2017.pdf", content: await pdfWithEmbeddedFile() }, { visibility: "members", title: "Circulaire" }), tokens.staff);
    expect(response.status).toBe(201);
    const document = (await response.json()) as UploadedDocument;
    expect(document).toMatchObject({ title: "Circulaire", original_filename: "Circulaire du 22 décembre 2017.pdf", visibility: "members", page_count: 1, warnings: [expect.stringContaining("fichiers joints")] });
    expect(document.url).toBe(`/documents/${document.id}/Circulaire%20du%2022%20d%C3%A9cembre%202017.pdf`);
    expect(filesIn(directory)).toHaveLength(1);
  });

  it("refuses without a token, a member's token, or the session cookie", async () => {
    const body = multipartBody({ filename: "a.pdf", content: await samplePdf() });
    expect(await errorOf(await upload(body))).toMatchObject({ code: "unauthenticated" });
    const member = await upload(body, tokens.member);
    expect(member.status).toBe(403);
    expect(await errorOf(member)).toMatchObject({ code: "forbidden" });
    state.sessionUserId = insertUser(db, "staff").id;
    expect(await errorOf(await upload(body))).toMatchObject({ code: "bad_request" });
    expect(filesIn(directory)).toEqual([]);
  });

  it("answers the upload refusals as JSON errors with their status", async () => {
    const cases = [
      [{ filename: "page.pdf", content: "<svg/>" }, 415, "not_a_pdf"],
      [{ filename: "../page.pdf", content: await samplePdf() }, 422, "invalid_filename"],
      [{ filename: "tronque.pdf", content: (await samplePdf()).slice(0, 300) }, 422, "corrupt_pdf"],
    ] as const;
    for (const [file, status, code] of cases) {
      const response = await upload(multipartBody(file), tokens.admin);
      expect(response.status, file.filename).toBe(status);
      expect(await errorOf(response)).toMatchObject({ code });
    }
    const tooLarge = await upload(multipartBody({ filename: "a.pdf", content: await samplePdf() }), tokens.admin, { "content-length": String(2 * 1000 * 1000 * 1000) });
    expect(tooLarge.status).toBe(413);
    expect(await errorOf(tooLarge)).toMatchObject({ code: "file_too_large" });
    expect(filesIn(directory)).toEqual([]);
  });
});

describe("POST /api/v1/documents/{id}/attachments", () => {
  it("attaches a document to a meeting or a report, in order, for staff only", async () => {
    const created = (await (await upload(multipartBody({ filename: "Programme.pdf", content: await samplePdf() }), tokens.staff)).json()) as UploadedDocument;
    const meeting = insertMeeting(db);
    const report = db.insert(reports).values({ kind: "compte_rendu", title: "Compte rendu", slug: "compte-rendu-noyon" }).returning().get();

    const forbidden = await attach(created.id, { meeting: meeting.slug }, tokens.member);
    expect(forbidden.status).toBe(403);

    const toMeeting = await attach(created.id, { meeting: meeting.slug, label: "Programme de la journée" }, tokens.staff);
    expect(toMeeting.status).toBe(201);
    expect(await toMeeting.json()).toMatchObject({ document_id: created.id, meeting: meeting.slug, report: null, position: 1, label: "Programme de la journée" });
    const toReport = await attach(created.id, { report: report.slug }, tokens.staff);
    expect(await toReport.json()).toMatchObject({ report: report.slug, position: 1, label: null });
    expect(db.select().from(attachments).where(eq(attachments.documentId, created.id)).all()).toHaveLength(2);

    expect(await errorOf(await attach(created.id, { meeting: meeting.slug }, tokens.staff))).toMatchObject({ code: "conflict" });
    expect(await errorOf(await attach(created.id, { meeting: "inconnue" }, tokens.staff))).toMatchObject({ code: "not_found" });
    expect(await errorOf(await attach("inconnu", { report: report.slug }, tokens.staff))).toMatchObject({ code: "not_found" });
    expect(await errorOf(await attach(created.id, { meeting: meeting.slug, report: report.slug }, tokens.staff))).toMatchObject({ code: "validation_failed" });
    expect(await errorOf(await attach(created.id, {}, tokens.staff))).toMatchObject({ code: "validation_failed" });
    expect(db.select().from(attachments).where(eq(attachments.documentId, created.id)).all()).toHaveLength(2);
  });
});
