import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/open";
import { createApiToken } from "@/lib/api-tokens/service";
import { attachments, documentThemes, documents } from "@/lib/documents/schema";
import { users, type Role } from "@/lib/people/schema";
import { reportThemes, reports } from "@/lib/publications/schema";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { openApiDocument } from "./openapi";
import type { DocumentsPage, ErrorBody, ReportDetail, ReportsPage } from "./schemas";
import { GET as listReportsRoute } from "@/app/api/v1/reports/route";
import { GET as getReportRoute } from "@/app/api/v1/reports/[slug]/route";
import { GET as listDocumentsRoute } from "@/app/api/v1/documents/route";

/* The reading API: publications and the library, under the pages' visibility rules, with the API's error shape. */

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
const tokens: Partial<Record<Role, string>> = {};
/* Accounts awaiting approval have no API token (members only): they read through their session cookie. */
let pendingUserId: string;

/** A token made while its owner was a member (only members create tokens), then the owner given the role. */
function tokenFor(role: Role): string {
  const user = insertUser(db, "member");
  const { token } = createApiToken(db, user.id, "lecture");
  db.update(users).set({ role }).where(eq(users.id, user.id)).run();
  return token;
}

function get(url: string, role?: Role): Request {
  state.sessionUserId = role === "pending" ? pendingUserId : null;
  const token = role && role !== "pending" ? tokens[role] : undefined;
  return new Request(`http://localhost${url}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

const noParams = { params: Promise.resolve({}) };
const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function reportSlugs(url: string, role?: Role): Promise<string[]> {
  const response = await listReportsRoute(get(url, role), noParams);
  expect(response.status).toBe(200);
  return ((await response.json()) as ReportsPage).reports.map((report) => report.slug);
}

async function documentTitles(url: string, role?: Role): Promise<string[]> {
  const response = await listDocumentsRoute(get(url, role), noParams);
  expect(response.status).toBe(200);
  return ((await response.json()) as DocumentsPage).documents.map((document) => document.title);
}

async function errorOf(response: Response): Promise<ErrorBody["error"]> {
  return ((await response.json()) as ErrorBody).error;
}

function addDocument(title: string, values: Partial<typeof documents.$inferInsert> = {}) {
  return db
    .insert(documents)
    .values({ title, originalFilename: `${title}.pdf`, storageName: title, mimeType: "application/pdf", sizeBytes: 1000, sha256: title, ...values })
    .returning()
    .get();
}

beforeAll(() => {
  db = freshDatabase();
  state.db = db;
  for (const role of ["member", "staff"] as const) tokens[role] = tokenFor(role);
  pendingUserId = insertUser(db, "pending").id;
  const sante = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
  const meeting = insertMeeting(db, { slug: "noyon", title: "Rencontre de Noyon" });
  const add = (slug: string, values: Partial<typeof reports.$inferInsert> = {}) =>
    db
      .insert(reports)
      .values({ kind: "compte_rendu", title: slug, slug, status: "published", publishedAt: parisInstant(2017, 6, 1), ...values })
      .returning()
      .get();
  const noyon = add("cr-noyon", {
    title: "Compte rendu de Noyon",
    meetingId: meeting.id,
    body: "Voir [le site](https://www.example.org/a) et <script>alert(1)</script>",
    publishedAt: parisInstant(2017, 5, 12),
  });
  add("circulaire", { kind: "actualite", publishedAt: parisInstant(2018, 1, 8) });
  add("reserve", { visibility: "members", summary: "Résumé reserve", publishedAt: parisInstant(2017, 9, 1) });
  add("brouillon", { status: "draft", publishedAt: null });
  db.insert(reportThemes).values({ reportId: noyon.id, themeId: sante.id }).run();

  const programme = addDocument("programme", { downloadCount: 3, createdAt: parisInstant(2017, 5, 1) });
  addDocument("annuaire", { visibility: "members", downloadCount: 9, createdAt: parisInstant(2018, 2, 1) });
  addDocument("circulaire-pdf", { downloadCount: 12, createdAt: parisInstant(2018, 1, 8) });
  db.insert(documentThemes).values({ documentId: programme.id, themeId: sante.id }).run();
  db.insert(attachments).values({ documentId: programme.id, reportId: noyon.id }).run();
});

describe("GET /api/v1/reports", () => {
  it("lists published reports, newest first, never drafts; members-only ones restricted for visitors, as on /ressources", async () => {
    for (const role of [undefined, "pending", "member", "staff"] as const) {
      expect(await reportSlugs("/api/v1/reports", role)).toEqual(["circulaire", "reserve", "cr-noyon"]);
    }
    for (const role of [undefined, "pending"] as const) {
      const page = (await (await listReportsRoute(get("/api/v1/reports?kind=compte_rendu", role), noParams)).json()) as ReportsPage;
      expect(page.reports.find((report) => report.slug === "reserve")).toMatchObject({ visibility: "members", restricted: true, summary: "" });
    }
    const member = (await (await listReportsRoute(get("/api/v1/reports", "member"), noParams)).json()) as ReportsPage;
    expect(member.reports.find((report) => report.slug === "reserve")).toMatchObject({ restricted: false, summary: "Résumé reserve" });
  });

  it("filters by kind, theme and year, and pages", async () => {
    expect(await reportSlugs("/api/v1/reports?kind=actualite")).toEqual(["circulaire"]);
    expect(await reportSlugs("/api/v1/reports?theme=sante")).toEqual(["cr-noyon"]);
    expect(await reportSlugs("/api/v1/reports?year=2017", "member")).toEqual(["reserve", "cr-noyon"]);
    const response = await listReportsRoute(get("/api/v1/reports?per_page=1&page=3"), noParams);
    const page = (await response.json()) as ReportsPage;
    expect(page.pagination).toEqual({ page: 3, per_page: 1, total: 3 });
    expect(page.reports).toMatchObject([
      { slug: "cr-noyon", kind: "compte_rendu", kind_label: "Compte rendu", url: "/ressources/cr-noyon", themes: [{ slug: "sante", name: "Santé" }] },
    ]);
  });

  it("answers invalid filters with 422 and a French message per field", async () => {
    const response = await listReportsRoute(get("/api/v1/reports?kind=roman&year=deux&theme=Pas%20un%20slug&per_page=500"), noParams);
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["kind", "per_page", "theme", "year"]);
    expect(error.fields?.kind).toContain("Type de publication inconnu");
  });

  it("refuses a revoked or unknown token with 401", async () => {
    const response = await listReportsRoute(new Request("http://localhost/api/v1/reports", { headers: { Authorization: "Bearer irev_faux" } }), noParams);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("unauthenticated");
  });
});

describe("GET /api/v1/reports/{slug}", () => {
  it("gives the report with its sanitized body, numbered links, meeting and attachments", async () => {
    const response = await getReportRoute(get("/api/v1/reports/cr-noyon"), slugContext("cr-noyon"));
    expect(response.status).toBe(200);
    const report = (await response.json()) as ReportDetail;
    expect(report).toMatchObject({
      slug: "cr-noyon",
      title: "Compte rendu de Noyon",
      published_at: parisInstant(2017, 5, 12).toISOString(),
      links: [{ n: 1, href: "https://www.example.org/a", text: "le site" }],
      meeting: { slug: "noyon", title: "Rencontre de Noyon" },
      documents: [{ title: "programme", filename: "programme.pdf", visibility: "public" }],
    });
    expect(report.body_html).toContain("<sup>[1]</sup>");
    expect(report.body_html).not.toContain("script");
  });

  it("refuses a members-only report to visitors and pending accounts with 403, gives it to members", async () => {
    for (const role of [undefined, "pending"] as const) {
      const response = await getReportRoute(get("/api/v1/reports/reserve", role), slugContext("reserve"));
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toEqual({ code: "forbidden", message: "Cette publication est réservée aux membres du réseau." });
    }
    expect((await getReportRoute(get("/api/v1/reports/reserve", "member"), slugContext("reserve"))).status).toBe(200);
  });

  it("answers a draft or a missing report with 404", async () => {
    for (const slug of ["brouillon", "inconnue"]) {
      const response = await getReportRoute(get(`/api/v1/reports/${slug}`, "staff"), slugContext(slug));
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("not_found");
    }
  });
});

describe("GET /api/v1/documents", () => {
  it("lists the documents the reader may download, newest first or most downloaded first", async () => {
    expect(await documentTitles("/api/v1/documents")).toEqual(["circulaire-pdf", "programme"]);
    expect(await documentTitles("/api/v1/documents", "pending")).toEqual(["circulaire-pdf", "programme"]);
    expect(await documentTitles("/api/v1/documents", "member")).toEqual(["annuaire", "circulaire-pdf", "programme"]);
    expect(await documentTitles("/api/v1/documents?sort=downloads", "member")).toEqual(["circulaire-pdf", "annuaire", "programme"]);
  });

  it("filters by theme and year, pages, and describes each file", async () => {
    expect(await documentTitles("/api/v1/documents?theme=sante")).toEqual(["programme"]);
    expect(await documentTitles("/api/v1/documents?year=2018", "staff")).toEqual(["annuaire", "circulaire-pdf"]);
    const page = (await (await listDocumentsRoute(get("/api/v1/documents?per_page=1"), noParams)).json()) as DocumentsPage;
    expect(page.pagination).toEqual({ page: 1, per_page: 1, total: 2 });
    expect(page.documents[0]).toMatchObject({ filename: "circulaire-pdf.pdf", downloads: 12, size_bytes: 1000, url: expect.stringMatching(/^\/documents\/.+\/circulaire-pdf\.pdf$/) });
  });

  it("answers an unknown sort with 422", async () => {
    const response = await listDocumentsRoute(get("/api/v1/documents?sort=titre"), noParams);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields?.sort).toBeDefined();
  });
});

describe("OpenAPI document", () => {
  it("describes the reading operations with their filters", () => {
    const paths = openApiDocument.paths ?? {};
    expect(paths["/api/v1/reports"]?.get?.operationId).toBe("listReports");
    expect(paths["/api/v1/reports/{slug}"]?.get?.operationId).toBe("getReport");
    expect(paths["/api/v1/documents"]?.get?.operationId).toBe("listDocuments");
    const names = (operation: { parameters?: unknown[] } | undefined) => (operation?.parameters ?? []).map((p) => (p as { name: string }).name);
    expect(names(paths["/api/v1/reports"]?.get)).toEqual(["kind", "theme", "year", "page", "per_page"]);
    expect(names(paths["/api/v1/documents"]?.get)).toEqual(["theme", "year", "sort", "page", "per_page"]);
    expect(Object.keys(paths["/api/v1/reports/{slug}"]?.get?.responses ?? {})).toEqual(["200", "401", "403", "404", "500"]);
  });
});
