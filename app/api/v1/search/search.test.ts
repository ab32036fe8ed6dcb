import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/open";
import { createApiToken } from "@/lib/api-tokens/service";
import { SearchPage, type ErrorBody } from "@/lib/api/schemas";
import { contacts } from "@/lib/contacts/schema";
import { reports } from "@/lib/publications/schema";
import { freshDatabase, insertUser } from "@/tests/db";
import { GET } from "./route";

const state = vi.hoisted(() => ({ db: undefined as unknown }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

let db: Db;
let memberToken: string;

beforeEach(() => {
  db = freshDatabase();
  state.db = db;
  memberToken = createApiToken(db, insertUser(db, "member").id, "recherche").token;
  db.insert(reports).values({ kind: "actualite", title: "Évaluation publique", slug: "evaluation-publique", status: "published", body: "Le cœur du réseau." }).run();
  db.insert(reports).values({ kind: "actualite", title: "Évaluation réservée", slug: "evaluation-reservee", status: "published", visibility: "members" }).run();
  db.insert(contacts).values({ name: "Évaluation Contact" }).run();
});

async function search(query: string, token?: string) {
  const response = await GET(new Request(`http://localhost/api/v1/search?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("GET /api/v1/search", () => {
  it("answers what a visitor may see, matches marked", async () => {
    const { status, body } = await search("q=evaluation");
    expect(status).toBe(200);
    const page = SearchPage.parse(body);
    expect(page.results.map((hit) => hit.title)).toEqual(["Évaluation publique"]);
    expect(page.results[0]).toMatchObject({ kind: "report", url: "/ressources/evaluation-publique", title_highlights: [{ text: "Évaluation", match: true }, { text: " publique", match: false }] });
    expect(page.pagination).toEqual({ page: 1, per_page: 20, total: 1 });
  });

  it("adds members-only reports and the directory for a member's token", async () => {
    const { body } = await search("q=evaluation", memberToken);
    expect(SearchPage.parse(body).results.map((hit) => hit.title).sort()).toEqual(["Évaluation Contact", "Évaluation publique", "Évaluation réservée"]);
    expect(SearchPage.parse((await search("q=evaluation&kind=contact")).body).results).toEqual([]);
  });

  it("never fails on hostile words, and refuses malformed filters with the usual error shape", async () => {
    for (const q of ['"', "*", "-", "NEAR(a b)", "%25", "()", "", "x".repeat(5000)]) {
      expect((await search(`q=${encodeURIComponent(q)}`)).status, q.slice(0, 10)).toBe(200);
    }
    const refused = await search("q=a&kind=nope&per_page=500");
    expect(refused.status).toBe(422);
    expect(Object.keys((refused.body as ErrorBody).error.fields ?? {}).sort()).toEqual(["kind", "per_page"]);
    expect((refused.body as ErrorBody).error.code).toBe("validation_failed");
  });
});
