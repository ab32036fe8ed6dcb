import { describe, expect, it, vi } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { readPdf } from "@/tests/pdf";
import { meetingSlugRedirects } from "@/lib/meetings/schema";
import type { Role } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";
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
const meeting = insertMeeting(db, { slug: "rencontre-badges" });
db.insert(meetingSlugRedirects).values({ slug: "ancienne-adresse", meetingId: meeting.id }).run();
for (let i = 0; i < 15; i += 1) {
  db.insert(registrations).values({ meetingId: meeting.id, userId: insertUser(db, "member", { givenName: "Łukasz", familyName: `Ștefan ${i}` }).id, status: "confirmed" }).run();
}

function badgesAs(role: Role | null, query = "", slug = meeting.slug) {
  state.user = role ? insertUser(db, role) : null;
  return GET(new Request(`http://localhost/admin/rencontres/${slug}/inscrits/badges.pdf${query}`), { params: Promise.resolve({ slug }) });
}

describe("GET /admin/rencontres/[slug]/inscrits/badges.pdf", () => {
  it("answers staff and admins only, the role read in the database; others get a JSON refusal", async () => {
    const expected: [Role | null, number][] = [[null, 401], ["pending", 403], ["member", 403], ["staff", 200], ["admin", 200]];
    for (const [role, status] of expected) {
      const response = await badgesAs(role, "?format=L7160");
      expect([role, response.status]).toEqual([role, status]);
      if (status !== 200) expect((await response.json()).error.code).toBe(role ? "forbidden" : "unauthenticated");
    }
  });

  it("prints on L7163 by default, on the label format asked for, and refuses unknown formats", async () => {
    const byDefault = await badgesAs("staff");
    expect(byDefault.headers.get("content-type")).toBe("application/pdf");
    expect(byDefault.headers.get("content-disposition")).toBe('attachment; filename="badges-rencontre-badges-L7163.pdf"');
    expect(byDefault.headers.get("cache-control")).toBe("private, no-store");
    expect((await readPdf(new Uint8Array(await byDefault.arrayBuffer()))).pages).toHaveLength(2);
    const l7160 = await badgesAs("staff", "?format=L7160");
    const pages = (await readPdf(new Uint8Array(await l7160.arrayBuffer()))).pages;
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain("Łukasz ȘTEFAN 0");
    const unknown = await badgesAs("staff", "?format=A4");
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.message).toBe("Le format d'étiquettes est l'un de L7163, L7160 et L7165.");
  });

  it("follows a former slug, keeping the format", async () => {
    const response = await badgesAs("staff", "?format=L7160", "ancienne-adresse");
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("http://localhost/admin/rencontres/rencontre-badges/inscrits/badges.pdf?format=L7160");
  });
});
