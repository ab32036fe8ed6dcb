import { describe, expect, it } from "vitest";
import type { Db } from "@/db/open";
import { organisations } from "@/lib/organisations/schema";
import { register } from "@/lib/registrations/service";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { meetingThemes } from "./schema";
import { listMeetingsForStaff, parseStaffMeetingSearch, staffMeetingSummary, staffMeetingsHref, STAFF_MEETINGS_PER_PAGE, type StaffMeetingSearch } from "./staff-list";

const NOW = parisInstant(2099, 6, 15, 12);
const DAY = 24 * 60 * 60 * 1000;

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  return { db, staff };
}

function titles(db: Db, actor: { userId: string }, search: StaffMeetingSearch) {
  return listMeetingsForStaff(db, actor, search, NOW).items.map((m) => m.title);
}

function at(day: number, overrides: Parameters<typeof insertMeeting>[1] = {}): Parameters<typeof insertMeeting>[1] {
  return { startsAt: new Date(NOW.getTime() + day * DAY), endsAt: new Date(NOW.getTime() + day * DAY + 3_600_000), ...overrides };
}

describe("parseStaffMeetingSearch", () => {
  it("keeps the whitelisted values and drops the others, so a stale link still shows the list", () => {
    expect(parseStaffMeetingSearch({ q: "  égalité ", statut: "draft", tri: "sql;drop", ordre: "up", page: "2", departement: "75", du: "2099-01-01" })).toEqual({
      q: "égalité",
      statut: "draft",
      page: 2,
      du: "2099-01-01",
    });
  });

  it("goes back to the first page on any change but the page", () => {
    expect(staffMeetingsHref({ statut: "draft", page: 3 }, { tri: "titre" })).toBe("/admin/rencontres?statut=draft&tri=titre");
    expect(staffMeetingsHref({ statut: "draft" }, { page: 2 })).toBe("/admin/rencontres?statut=draft&page=2");
  });
});

describe("listMeetingsForStaff", () => {
  it("lists every status, most recent first by default, with the counts of each row", () => {
    const { db, staff } = setup();
    const draft = insertMeeting(db, at(5, { title: "Brouillon", status: "draft" }));
    insertMeeting(db, at(-5, { title: "Passée" }));
    const full = insertMeeting(db, at(10, { title: "Complète", capacity: 1, approvalRequired: false }));
    const people = [insertUser(db), insertUser(db)];
    for (const person of people) register(db, { meetingId: full.id, userId: person.id });
    insertMeeting(db, at(1, { title: "Annulée", status: "cancelled" }));
    const result = listMeetingsForStaff(db, staff, {}, NOW);
    expect(result.items.map((m) => m.title)).toEqual(["Complète", "Brouillon", "Annulée", "Passée"]);
    expect(result.total).toBe(4);
    expect(result.items[0]).toMatchObject({ confirmed: 1, waitlisted: 1, pendingApproval: 0, capacity: 1 });
    expect(result.items.find((m) => m.id === draft.id)).toMatchObject({ status: "draft", confirmed: 0 });
  });

  it("finds titles whatever their accents and case", () => {
    const { db, staff } = setup();
    insertMeeting(db, { title: "Égalité, citoyenneté : rencontre" });
    insertMeeting(db, { title: "Développement économique" });
    expect(titles(db, staff, { q: "EGALITE" })).toEqual(["Égalité, citoyenneté : rencontre"]);
    expect(titles(db, staff, { q: "économ" })).toEqual(["Développement économique"]);
    expect(titles(db, staff, { q: "100%" })).toEqual([]);
  });

  it("combines the filters: status, kind, period, date range, theme and department", () => {
    const { db, staff } = setup();
    const oise = db.insert(organisations).values({ name: "CC du Pays Noyonnais", kind: "epci", department: "60" }).returning().get();
    const theme = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
    const healthy = insertMeeting(db, at(3, { title: "Atelier santé", kind: "atelier", status: "draft", hostOrganisationId: oise.id }));
    db.insert(meetingThemes).values({ meetingId: healthy.id, themeId: theme.id }).run();
    insertMeeting(db, at(4, { title: "Lillers", venuePostcode: "62190" }));
    insertMeeting(db, at(-30, { title: "Noyon 2017", venuePostcode: "60400" }));

    expect(titles(db, staff, { statut: "draft" })).toEqual(["Atelier santé"]);
    expect(titles(db, staff, { type: "atelier" })).toEqual(["Atelier santé"]);
    expect(titles(db, staff, { theme: "sante" })).toEqual(["Atelier santé"]);
    expect(titles(db, staff, { periode: "passees" })).toEqual(["Noyon 2017"]);
    expect(titles(db, staff, { periode: "a-venir" })).toEqual(["Lillers", "Atelier santé"]);
    /* The host organisation's department, or the venue's postcode. */
    expect(titles(db, staff, { departement: "60" })).toEqual(["Atelier santé", "Noyon 2017"]);
    expect(titles(db, staff, { departement: "60", periode: "a-venir" })).toEqual(["Atelier santé"]);
    /* Paris days, both included. */
    expect(titles(db, staff, { du: "2099-06-18", au: "2099-06-19" })).toEqual(["Lillers", "Atelier santé"]);
    expect(titles(db, staff, { du: "2099-06-19" })).toEqual(["Lillers"]);
    expect(titles(db, staff, { au: "2099-06-17" })).toEqual(["Noyon 2017"]);
  });

  it("sorts by title (accents ignored), by confirmed count, and by date both ways", () => {
    const { db, staff } = setup();
    const busy = insertMeeting(db, at(2, { title: "Zéro déchet" }));
    insertMeeting(db, at(1, { title: "Écoles" }));
    insertMeeting(db, at(3, { title: "Agir" }));
    register(db, { meetingId: busy.id, userId: insertUser(db).id });
    expect(titles(db, staff, { tri: "titre" })).toEqual(["Agir", "Écoles", "Zéro déchet"]);
    expect(titles(db, staff, { tri: "titre", ordre: "desc" })).toEqual(["Zéro déchet", "Écoles", "Agir"]);
    expect(titles(db, staff, { tri: "confirmes", ordre: "desc" })[0]).toBe("Zéro déchet");
    expect(titles(db, staff, { tri: "date", ordre: "asc" })).toEqual(["Écoles", "Zéro déchet", "Agir"]);
  });

  it("pages the list and gives the total with the page, even past the end", () => {
    const { db, staff } = setup();
    for (let i = 0; i < STAFF_MEETINGS_PER_PAGE + 2; i++) insertMeeting(db, at(i + 1));
    const second = listMeetingsForStaff(db, staff, { page: 2 }, NOW);
    expect(second).toMatchObject({ total: STAFF_MEETINGS_PER_PAGE + 2, page: 2 });
    expect(second.items).toHaveLength(2);
    expect(listMeetingsForStaff(db, staff, { page: 9 }, NOW)).toMatchObject({ total: STAFF_MEETINGS_PER_PAGE + 2, items: [] });
  });

  it("reads the role in the database: members are refused", () => {
    const { db } = setup();
    const member = insertUser(db, "member");
    expect(refusal(() => listMeetingsForStaff(db, { userId: member.id }, {}, NOW)).code).toBe("forbidden");
  });
});

describe("staffMeetingSummary", () => {
  it("counts drafts and meetings with requests awaiting approval", () => {
    const { db, staff } = setup();
    insertMeeting(db, { status: "draft" });
    const approved = insertMeeting(db, { approvalRequired: true });
    for (const person of [insertUser(db), insertUser(db)]) register(db, { meetingId: approved.id, userId: person.id });
    expect(staffMeetingSummary(db, staff)).toEqual({ drafts: 1, withPendingRequests: 1 });
  });
});
