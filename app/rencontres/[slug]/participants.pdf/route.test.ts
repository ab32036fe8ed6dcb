import { describe, expect, it, vi } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { readPdf } from "@/tests/pdf";
import type { Role } from "@/lib/people/schema";
import { registrations, type RegistrationStatus } from "@/lib/registrations/schema";
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
const meeting = insertMeeting(db, { slug: "rencontre-liste" });
const draft = insertMeeting(db, { slug: "rencontre-brouillon", status: "draft" });

function registered(status: RegistrationStatus, on = meeting) {
  const user = insertUser(db, "member", { givenName: "Łukasz", familyName: "Ștefan" });
  db.insert(registrations).values({ meetingId: on.id, userId: user.id, status, consentAt: new Date() }).run();
  return user;
}

function download(user: unknown, slug = meeting.slug) {
  state.user = user;
  return GET(new Request(`http://localhost/rencontres/${slug}/participants.pdf`), { params: Promise.resolve({ slug }) });
}

describe("GET /rencontres/[slug]/participants.pdf", () => {
  it("is given to the members registered on the meeting and to staff; others get a JSON refusal", async () => {
    const as = (role: Role) => insertUser(db, role);
    const cases: [string, unknown, number, string?][] = [
      ["visitor", null, 401, "unauthenticated"],
      ["pending", as("pending"), 403, "forbidden"],
      ["member not registered", as("member"), 403, "forbidden"],
      ["member refused", registered("refused"), 403, "forbidden"],
      ["member cancelled", registered("cancelled"), 403, "forbidden"],
      ["member confirmed", registered("confirmed"), 200],
      ["member waitlisted", registered("waitlisted"), 200],
      ["staff", as("staff"), 200],
      ["admin", as("admin"), 200],
    ];
    for (const [who, user, status, code] of cases) {
      const response = await download(user);
      expect([who, response.status]).toEqual([who, status]);
      if (code) expect((await response.json()).error.code).toBe(code);
    }
  });

  it("sends the list as a PDF attachment never cached", async () => {
    const response = await download(registered("confirmed"));
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="participants-rencontre-liste.pdf"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.pages[0]!.text).toContain("ȘTEFAN Łukasz");
  });

  it("hides drafts from members as unknown meetings", async () => {
    const response = await download(registered("confirmed", draft), draft.slug);
    expect(response.status).toBe(404);
  });
});
