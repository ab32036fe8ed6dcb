import JSZip from "jszip";
import { describe, expect, it, vi } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { readPdf } from "@/tests/pdf";
import type { Role } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";
import { parisInstant } from "@/lib/time";

const state = vi.hoisted(() => ({ db: undefined as unknown, user: null as unknown }));

vi.mock("server-only", () => ({}));
vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));
vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));
import { GET as memberGet } from "@/app/mon-espace/attestation.pdf/route";
import { GET as staffGet } from "@/app/admin/rencontres/[slug]/presence/attestation.pdf/route";
import { GET as zipGet } from "@/app/admin/rencontres/[slug]/presence/attestations.zip/route";
import { issueAttestations, meetingAttestations } from "./attestations";

const db = freshDatabase();
state.db = db;
const meeting = insertMeeting(db, { slug: "rencontre-attestee", title: "Rencontre « Cadre de vie »", startsAt: parisInstant(2026, 11, 3, 9), endsAt: parisInstant(2026, 11, 3, 17), venueName: "Mairie", venueCity: "Lens" });
const people = (
  [
    ["Łukasz", "Żółkiewski"],
    ["Ștefan", "Ødegård"],
  ] as const
).map(([givenName, familyName]) => {
  const user = insertUser(db, "member", { givenName, familyName });
  db.insert(registrations).values({ meetingId: meeting.id, userId: user.id, status: "confirmed", attendance: { "2026-11-03:am": true, "2026-11-03:pm": true } }).run();
  return user;
});
issueAttestations(db, "operator", meeting.id, { now: parisInstant(2026, 11, 4, 10) });
const [first, second] = meetingAttestations(db, meeting.id).sort((a, b) => a.number.localeCompare(b.number));

const staffAs = (role: Role | null, route: typeof staffGet, path: string) => {
  state.user = role ? insertUser(db, role) : null;
  return route(new Request(`http://localhost/admin/rencontres/${meeting.slug}/presence/${path}`), { params: Promise.resolve({ slug: meeting.slug }) });
};

/** PDF.js reads a no-break space back as a plain one. */
const plain = (text: string) => text.replaceAll("\u00a0", " ");

describe("attestation downloads", () => {
  it("give staff and admins one attestation or all as a ZIP; others get a JSON refusal", async () => {
    const expected: [Role | null, number][] = [[null, 401], ["pending", 403], ["member", 403], ["staff", 200], ["admin", 200]];
    for (const [role, status] of expected) {
      expect([role, (await staffAs(role, staffGet, `attestation.pdf?numero=${first!.number}`)).status]).toEqual([role, status]);
      expect([role, (await staffAs(role, zipGet, "attestations.zip")).status]).toEqual([role, status]);
    }
    const zip = await JSZip.loadAsync(await (await staffAs("staff", zipGet, "attestations.zip")).arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual([`attestation-${first!.number}.pdf`, `attestation-${second!.number}.pdf`]);
    expect((await staffAs("staff", staffGet, "attestation.pdf?numero=1999-0001")).status).toBe(404);
  });

  it("print what is certified, the names as written, the number, the code and the verification address", async () => {
    const response = await staffAs("staff", staffGet, `attestation.pdf?numero=${first!.number}`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="attestation-${first!.number}.pdf"`);
    const { pages } = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toHaveLength(1);
    for (const text of [
      "Attestation de présence",
      "Łukasz Żółkiewski",
      "a participé à la rencontre de réseau « Rencontre « Cadre de vie » »,",
      "mardi 3 novembre 2026",
      "Mairie, Lens",
      "matin (9 h – 12 h 30)",
      "Durée de présence : 7 h.",
      `Fait à Lille, le mercredi 4 novembre 2026.`,
      `Code de vérification : ${first!.verificationCode}`,
      `/attestations/verifier?code=${first!.verificationCode}`,
      "page 1 / 1",
    ]) {
      expect(plain(pages[0]!.text)).toContain(plain(text));
    }
  });

  it("give a member their own attestation only", async () => {
    const memberAs = (user: unknown, number: string) => {
      state.user = user;
      return memberGet(new Request(`http://localhost/mon-espace/attestation.pdf?numero=${number}`), { params: Promise.resolve({}) });
    };
    expect((await memberAs(null, first!.number)).status).toBe(401);
    expect((await memberAs(people[1], first!.number)).status).toBe(404);
    const own = await memberAs(people[1], second!.number);
    expect(own.status).toBe(200);
    expect((await readPdf(new Uint8Array(await own.arrayBuffer()))).pages[0]!.text).toContain("Ștefan Ødegård");
  });
});
