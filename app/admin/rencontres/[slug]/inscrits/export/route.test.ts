import { describe, expect, it, vi } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { meetingSlugRedirects } from "@/lib/meetings/schema";
import type { Role } from "@/lib/people/schema";
import { GET } from "./route";

const state = vi.hoisted(() => ({ db: undefined as unknown, user: null as unknown }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

const db = freshDatabase();
state.db = db;
const meeting = insertMeeting(db, { slug: "rencontre-export" });
db.insert(meetingSlugRedirects).values({ slug: "ancienne-adresse", meetingId: meeting.id }).run();

function exportAs(role: Role | null, query: string, slug = meeting.slug) {
  state.user = role ? insertUser(db, role) : null;
  return GET(new Request(`http://localhost/admin/rencontres/${slug}/inscrits/export?${query}`), { params: Promise.resolve({ slug }) });
}

describe("GET /admin/rencontres/[slug]/inscrits/export", () => {
  it("answers staff and admins only; others get a JSON refusal", async () => {
    const expected: [Role | null, number][] = [[null, 401], ["pending", 403], ["member", 403], ["staff", 200], ["admin", 200]];
    for (const [role, status] of expected) {
      const response = await exportAs(role, "format=csv");
      expect([role, response.status]).toEqual([role, status]);
      if (status !== 200) expect((await response.json()).error.code).toBe(role ? "forbidden" : "unauthenticated");
    }
  });

  it("sends XLSX by default and CSV on request, as attachments never cached", async () => {
    const xlsx = await exportAs("staff", "");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("content-disposition")).toBe('attachment; filename="inscrits-rencontre-export.xlsx"');
    expect(xlsx.headers.get("cache-control")).toBe("no-store");
    const csv = await exportAs("staff", "format=csv&colonnes=statut");
    expect(Buffer.from(await csv.arrayBuffer()).toString("utf8")).toBe("\uFEFFNom;Prénom;Statut\r\n");
    expect((await exportAs("staff", "format=pdf")).status).toBe(422);
  });

  it("follows a former slug, keeping the filters", async () => {
    const response = await exportAs("staff", "format=csv&statut=confirmed", "ancienne-adresse");
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("http://localhost/admin/rencontres/rencontre-export/inscrits/export?statut=confirmed&format=csv");
  });
});
