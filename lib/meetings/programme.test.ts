import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { deleteAgendaItem, listProgramme, meetingDays, moveAgendaItem, saveAgendaItem, type AgendaItemInput } from "./programme";

function setup() {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { startsAt: parisInstant(2027, 3, 30, 9), endsAt: parisInstant(2027, 3, 31, 17) });
  const staff = { userId: insertUser(db, "staff").id };
  return { db, meeting, staff };
}

const item = (title: string, overrides: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  kind: "intervention",
  title,
  description: "",
  day: "2027-03-30",
  start: "09:30",
  end: "10:00",
  speakers: [],
  ...overrides,
});

describe("programme", () => {
  it("lists the days of a meeting across a daylight-saving change", () => {
    expect(meetingDays({ startsAt: parisInstant(2027, 3, 27, 9), endsAt: parisInstant(2027, 3, 29, 17) })).toEqual(["2027-03-27", "2027-03-28", "2027-03-29"]);
    expect(meetingDays({ startsAt: parisInstant(2027, 5, 11), endsAt: parisInstant(2027, 5, 12) })).toEqual(["2027-05-11"]);
  });

  it("adds items at the end with Paris times and speakers in order, parallel slots allowed", () => {
    const { db, meeting, staff } = setup();
    saveAgendaItem(db, staff, meeting.id, null, item("Ouverture"));
    const workshop = item("Atelier A", { kind: "atelier", day: "2027-03-31", start: "14:00", end: "16:00", speakers: [
      { name: "Claire Martin", function: "Cheffe de projet", organisationName: "CA du Noyonnais" },
      { name: "Paul Durand", function: "", organisationName: "" },
    ] });
    saveAgendaItem(db, staff, meeting.id, null, workshop);
    saveAgendaItem(db, staff, meeting.id, null, { ...workshop, title: "Atelier B", speakers: [] });
    const programme = listProgramme(db, meeting.id);
    expect(programme.map((i) => [i.position, i.title])).toEqual([[0, "Ouverture"], [1, "Atelier A"], [2, "Atelier B"]]);
    expect(programme[1]!.startsAt).toEqual(parisInstant(2027, 3, 31, 14));
    expect(programme[1]!.speakers.map((s) => [s.position, s.name, s.function, s.organisationName])).toEqual([
      [0, "Claire Martin", "Cheffe de projet", "CA du Noyonnais"],
      [1, "Paul Durand", null, null],
    ]);
    const audits = db.select().from(auditLog).where(eq(auditLog.entityId, meeting.id)).all();
    expect(audits.map((a) => a.action)).toEqual(["agenda_item.create", "agenda_item.create", "agenda_item.create"]);
  });

  it("rewrites an item and reorders its speakers", () => {
    const { db, meeting, staff } = setup();
    const speakers = [
      { name: "A", function: "", organisationName: "" },
      { name: "B", function: "", organisationName: "" },
    ];
    const saved = saveAgendaItem(db, staff, meeting.id, null, item("Table ronde", { speakers }));
    saveAgendaItem(db, staff, meeting.id, saved.id, item("Table ronde des élus", { kind: "table_ronde", speakers: [speakers[1]!, speakers[0]!] }));
    const [only] = listProgramme(db, meeting.id);
    expect(only).toMatchObject({ title: "Table ronde des élus", kind: "table_ronde" });
    expect(only!.speakers.map((s) => s.name)).toEqual(["B", "A"]);
  });

  it("refuses a day outside the meeting and an end before the start", () => {
    const { db, meeting, staff } = setup();
    expect(refusal(() => saveAgendaItem(db, staff, meeting.id, null, item("X", { day: "2027-04-02" }))).fieldErrors).toEqual({ day: "Choisissez un des jours de la rencontre." });
    expect(refusal(() => saveAgendaItem(db, staff, meeting.id, null, item("X", { end: "09:00" }))).fieldErrors).toEqual({ end: "L'heure de fin doit être après l'heure de début." });
  });

  it("moves and removes items keeping positions contiguous", () => {
    const { db, meeting, staff } = setup();
    const [a, b, c, d] = ["A", "B", "C", "D"].map((title) => saveAgendaItem(db, staff, meeting.id, null, item(title)));
    expect(moveAgendaItem(db, staff, a!.id, "down")).toEqual({ meetingId: meeting.id, title: "A", position: 2, total: 4 });
    expect(refusal(() => moveAgendaItem(db, staff, d!.id, "down")).code).toBe("conflict");
    moveAgendaItem(db, staff, d!.id, "up");
    expect(listProgramme(db, meeting.id).map((i) => [i.position, i.title])).toEqual([[0, "B"], [1, "A"], [2, "D"], [3, "C"]]);
    deleteAgendaItem(db, staff, b!.id);
    expect(listProgramme(db, meeting.id).map((i) => [i.position, i.title])).toEqual([[0, "A"], [1, "D"], [2, "C"]]);
    expect(c).toBeDefined();
  });

  it("checks the actor's role in the database", () => {
    const { db, meeting } = setup();
    const member = { userId: insertUser(db, "member").id };
    expect(refusal(() => saveAgendaItem(db, member, meeting.id, null, item("X"))).code).toBe("forbidden");
    expect(listProgramme(db, meeting.id)).toEqual([]);
  });
});
