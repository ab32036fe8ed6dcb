import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { readPdf } from "@/tests/pdf";
import { auditLog } from "@/lib/audit/schema";
import { agendaItems, speakers } from "@/lib/meetings/schema";
import type { Role } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";
import { saveSettingsGroup } from "@/lib/settings/service";
import { parisDayStart } from "@/lib/time";

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
import { GET } from "./route";

const db = freshDatabase();
state.db = db;
const meeting = insertMeeting(db, {
  slug: "journee-emargement",
  title: "Journée régionale « Habiter les quartiers »",
  startsAt: parisDayStart("2026-12-03"),
  endsAt: parisDayStart("2026-12-04"),
  allDay: true,
  venueName: "Maison de quartier",
  venueCity: "Roubaix",
});
const item = db.insert(agendaItems).values({ meetingId: meeting.id, position: 0, kind: "intervention", title: "Ouverture" }).returning().get();
db.insert(speakers).values({ agendaItemId: item.id, name: "Ingrid Ødegård", function: "urbaniste", organisationName: "Ville de Roubaix" }).run();
const names: [string, string][] = [
  ["Łukasz", "Żółkiewski"],
  ["Ștefan", "Țăranu"],
  ["Åse", "Ødegård"],
  ["Élodie", "Œuvray"],
];
for (let i = 0; i < 36; i += 1) names.push(["Personne", `Zeta ${String(i).padStart(2, "0")}`]);
for (const [givenName, familyName] of names) {
  db.insert(registrations).values({ meetingId: meeting.id, userId: insertUser(db, "member", { givenName, familyName, jobTitle: "cheffe de projet" }).id, status: "confirmed" }).run();
}
db.insert(registrations).values({ meetingId: meeting.id, userId: insertUser(db, "member", { givenName: "Annulée", familyName: "Absente" }).id, status: "cancelled" }).run();

function sheetAs(role: Role | null, query: string) {
  state.user = role ? insertUser(db, role) : null;
  return GET(new Request(`http://localhost/admin/rencontres/${meeting.slug}/presence/emargement.pdf${query}`), { params: Promise.resolve({ slug: meeting.slug }) });
}

async function pagesOf(response: Response) {
  return (await readPdf(new Uint8Array(await response.arrayBuffer()))).pages;
}

/** PDF.js reads a no-break space back as a plain one. */
const plain = (text: string) => text.replaceAll("\u00a0", " ");

describe("GET /admin/rencontres/[slug]/presence/emargement.pdf", () => {
  it("answers staff and admins only, the role read in the database; others get a JSON refusal", async () => {
    const expected: [Role | null, number][] = [[null, 401], ["pending", 403], ["member", 403], ["staff", 200], ["admin", 200]];
    for (const [role, status] of expected) {
      const response = await sheetAs(role, "?demi-journee=2026-12-03-am");
      expect([role, response.status]).toEqual([role, status]);
      if (status !== 200) expect((await response.json()).error.code).toBe(role ? "forbidden" : "unauthenticated");
    }
  });

  it("prints one half-day: the meeting, its hours, the speakers, the confirmed registrants by family name, blank rows, totals, page N / M", async () => {
    const response = await sheetAs("staff", "?demi-journee=2026-12-03-pm");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="emargement-journee-emargement-2026-12-03-pm.pdf"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const pages = await pagesOf(response);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page.text).toContain(`page ${index + 1} / ${pages.length}`));
    const text = pages.map((page) => page.text).join("\n");
    for (const expected of [
      "IREV – Institut régional de la ville",
      "Feuille d'émargement",
      "Journée régionale « Habiter les quartiers »",
      "jeudi 3 décembre 2026",
      "Maison de quartier, Roubaix",
      "après-midi (13 h 30 – 17 h)",
      "Ingrid Ødegård, urbaniste, Ville de Roubaix",
      "ŻÓŁKIEWSKI",
      "Łukasz",
      "ȚĂRANU",
      "Ștefan",
      "ØDEGÅRD",
      "ŒUVRAY",
      "cheffe de projet",
      "Total : 40 personnes inscrites, 10 lignes pour les personnes inscrites sur place.",
      "Nombre de participants : ____________",
      "Signature de l'animateur ou de l'animatrice",
    ]) {
      expect(plain(text)).toContain(plain(expected));
    }
    expect(text).not.toContain("ABSENTE");
    const numbers = pages.flatMap((page) => page.items.filter((item) => item.x < 50 && /^\d+$/.test(item.text)).map((item) => Number(item.text)));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(text.indexOf("ŒUVRAY")).toBeLessThan(text.indexOf("ȚĂRANU"));
    expect(text.indexOf("ȚĂRANU")).toBeLessThan(text.indexOf("ZETA 00"));
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.sign_in_sheet")).all().at(-1)!.details).toEqual({ halfDays: ["2026-12-03:pm"], registrants: 40 });
  });

  it("prints a whole day with one signature column per half-day, the blank rows as the settings say", async () => {
    saveSettingsGroup(db, { actor: "operator", group: "signInSheet", values: { blankRows: "3" } });
    const pages = await pagesOf(await sheetAs("staff", "?jour=2026-12-03"));
    const text = pages.map((page) => page.text).join("\n");
    expect(plain(text)).toContain(plain("Signature matin"));
    expect(plain(text)).toContain(plain("Signature après-midi"));
    expect(plain(text)).toContain(plain("Demi-journées : matin (9 h – 12 h 30) ; après-midi (13 h 30 – 17 h)"));
    expect(plain(text)).toContain(plain("3 lignes pour les personnes inscrites sur place"));
    expect(plain(text)).toContain(plain("Nombre de participants (matin (9 h – 12 h 30)) : ____________"));
  });

  it("refuses a half-day the meeting does not have", async () => {
    const response = await sheetAs("staff", "?demi-journee=2026-12-05-am");
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
