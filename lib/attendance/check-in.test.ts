import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { invalidateCache } from "@/lib/cache/invalidate";
import { outboxEmails } from "@/lib/mail/schema";
import { organisations } from "@/lib/organisations/schema";
import { users } from "@/lib/people/schema";
import { registrations, type RegistrationStatus } from "@/lib/registrations/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import type { Db } from "@/db/open";
import { getMeetingBySlug } from "@/lib/meetings/queries";
import { searchCheckInRoster } from "./check-in-search";
import { participationLabel } from "./reported";
import { attendanceCounts } from "./queries";
import { attendanceMarks } from "./schema";

vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));
import { accessibilityNeeds, checkInRoster, markAttendance, markAttendanceFromSheet, registerWalkIn } from "./check-in";

const AM = "2026-12-03:am";
const PM = "2026-12-03:pm";
const at = (hour: number, minute = 0) => parisInstant(2026, 12, 3, hour, minute);

function register(db: Db, meetingId: string, person: { givenName: string; familyName: string; organisationOther?: string }, code: string, status: RegistrationStatus = "confirmed", answers: Record<string, string> = {}) {
  const user = insertUser(db, "member", person);
  return db.insert(registrations).values({ meetingId, userId: user.id, status, code, answers }).returning().get();
}

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const meeting = insertMeeting(db, {
    startsAt: at(9),
    endsAt: at(17),
    capacity: 2,
    questions: [
      { id: "regime", label: "Régime alimentaire", kind: "text", required: false },
      { id: "acces", label: "Besoins d'accessibilité", kind: "textarea", required: false },
    ],
  });
  const ville = db.insert(organisations).values({ name: "Communauté d'agglomération du Douaisis", kind: "epci", department: "59" }).returning().get();
  const elodie = register(db, meeting.id, { givenName: "Élodie", familyName: "Œuvray" }, "K7Q-4MP", "confirmed", { regime: "Végétarien", acces: "Fauteuil roulant" });
  db.update(users).set({ organisationId: ville.id }).where(eq(users.id, elodie.userId)).run();
  const stefan = register(db, meeting.id, { givenName: "Ștefan", familyName: "Łukasz", organisationOther: "Ville de Noyon" }, "AC3-D4E");
  const waiting = register(db, meeting.id, { givenName: "Jean", familyName: "Attente" }, "FGH-JKM", "waitlisted");
  const mark = (registrationId: string, overrides: Partial<Parameters<typeof markAttendance>[2]> = {}) => ({
    meetingId: meeting.id,
    idempotencyKey: crypto.randomUUID(),
    registrationId,
    halfDay: AM,
    present: true,
    markedAt: at(9, 5),
    source: "door" as const,
    ...overrides,
  });
  return { db, staff, meeting, elodie, stefan, waiting, mark };
}

describe("markAttendance", () => {
  it("marks a confirmed registrant present for a half-day, logs the mark, audits it and expires the meeting's pages", () => {
    const { db, staff, meeting, elodie, mark } = setup();
    vi.mocked(invalidateCache).mockClear();
    const outcome = markAttendance(db, staff, mark(elodie.id));
    expect(outcome).toMatchObject({ present: true, replayed: false, attendance: { [AM]: true } });
    expect(db.select().from(registrations).where(eq(registrations.id, elodie.id)).get()!.attendance).toEqual({ [AM]: true });
    expect(db.select().from(attendanceMarks).all()).toMatchObject([{ registrationId: elodie.id, halfDay: AM, present: true, source: "door", markedById: staff.userId }]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "attendance.mark")).all()).toMatchObject([{ actorId: staff.userId, entityId: elodie.id, details: { meetingId: meeting.id, halfDay: AM } }]);
    expect(invalidateCache).toHaveBeenCalledWith([`rencontre:${meeting.id}`]);
    expect(attendanceCounts(db, meeting.id)).toEqual({ halfDays: [{ key: AM, present: 1 }, { key: PM, present: 0 }], people: 1, confirmed: 2 });
  });

  it("counts a known idempotency key once: the replay returns the earlier result and changes nothing", () => {
    const { db, staff, elodie, mark } = setup();
    const first = mark(elodie.id);
    markAttendance(db, staff, first);
    const undo = markAttendance(db, staff, mark(elodie.id, { present: false, markedAt: at(9, 6) }));
    expect(undo.attendance).toEqual({});
    vi.mocked(invalidateCache).mockClear();
    expect(markAttendance(db, staff, first)).toMatchObject({ replayed: true, present: true, attendance: {} });
    expect(invalidateCache).not.toHaveBeenCalled();
    expect(db.select().from(attendanceMarks).all()).toHaveLength(2);
    expect(db.select().from(auditLog).all().filter((entry) => entry.action.startsWith("attendance."))).toHaveLength(2);
    expect(refusal(() => markAttendance(db, staff, { ...first, halfDay: PM })).code).toBe("conflict");
  });

  it("keeps the latest mark by the time staff made it: an old offline mark replayed late does not undo a newer one", () => {
    const { db, staff, elodie, mark } = setup();
    markAttendance(db, staff, mark(elodie.id, { present: true, markedAt: at(10) }));
    markAttendance(db, staff, mark(elodie.id, { present: false, markedAt: at(9, 30) }));
    expect(db.select().from(registrations).where(eq(registrations.id, elodie.id)).get()!.attendance).toEqual({ [AM]: true });
  });

  it("refuses a half-day that is not the meeting's, a registration that is not confirmed or of another meeting, and anyone below staff", () => {
    const { db, staff, elodie, waiting, mark } = setup();
    expect(refusal(() => markAttendance(db, staff, mark(elodie.id, { halfDay: "2026-12-04:am" }))).code).toBe("validation_failed");
    expect(refusal(() => markAttendance(db, staff, mark(waiting.id))).code).toBe("conflict");
    const other = insertMeeting(db, { startsAt: at(9), endsAt: at(17) });
    expect(refusal(() => markAttendance(db, staff, { ...mark(elodie.id), meetingId: other.id })).code).toBe("not_found");
    const member = { userId: insertUser(db, "member").id };
    expect(refusal(() => markAttendance(db, member, mark(elodie.id))).code).toBe("forbidden");
    expect(db.select().from(attendanceMarks).all()).toEqual([]);
  });
});

describe("the check-in search", () => {
  it("finds by given name, family name or organisation, accents, ligatures and case ignored, every word counting", () => {
    const { db, staff, meeting } = setup();
    const roster = checkInRoster(db, staff, meeting.id);
    const names = (query: string) => searchCheckInRoster(roster, query).map((person) => person.familyName);
    expect(roster.map((person) => person.familyName)).toEqual(["Œuvray", "Łukasz"]);
    expect(names("")).toEqual([]);
    expect(names("oeuvray")).toEqual(["Œuvray"]);
    expect(names("ELODIE")).toEqual(["Œuvray"]);
    expect(names("stefan")).toEqual(["Łukasz"]);
    expect(names("douaisis")).toEqual(["Œuvray"]);
    expect(names("noyon stef")).toEqual(["Łukasz"]);
    expect(names("noyon elodie")).toEqual([]);
    expect(names("attente")).toEqual([]);
  });

  it("finds the one person whose registration code is typed or scanned, with or without the dash, any case", () => {
    const { db, staff, meeting } = setup();
    const roster = checkInRoster(db, staff, meeting.id);
    for (const typed of ["K7Q-4MP", "k7q4mp", " k7q-4mp "]) expect(searchCheckInRoster(roster, typed).map((person) => person.code)).toEqual(["K7Q-4MP"]);
    expect(searchCheckInRoster(roster, "FGH-JKM")).toEqual([]);
  });

  it("holds names, organisation, code and presence only, and is for staff", () => {
    const { db, staff, meeting } = setup();
    expect(Object.keys(checkInRoster(db, staff, meeting.id)[0]!).sort()).toEqual(["attendance", "code", "familyName", "givenName", "organisation", "registrationId", "walkIn"]);
    expect(refusal(() => checkInRoster(db, { userId: insertUser(db, "member").id }, meeting.id)).code).toBe("forbidden");
  });

  it("shows one person's accessibility needs, and nothing else they answered", () => {
    const { db, staff, meeting, elodie, stefan } = setup();
    expect(accessibilityNeeds(db, staff, meeting.id, elodie.id)).toEqual([{ label: "Besoins d'accessibilité", text: "Fauteuil roulant" }]);
    expect(accessibilityNeeds(db, staff, meeting.id, stefan.id)).toEqual([]);
  });
});

describe("registerWalkIn", () => {
  it("registers a new person at the door beyond the capacity, invites them, and marks them present at once", () => {
    const { db, staff, meeting } = setup();
    const { person, invited, overCapacity } = registerWalkIn(db, staff, {
      meetingId: meeting.id,
      person: { givenName: "Zoé", familyName: "Sur-Place", email: "Zoe@example.org", organisation: "Ville d'Arras" },
      halfDay: PM,
      idempotencyKey: crypto.randomUUID(),
      now: at(13, 40),
    });
    expect({ invited, overCapacity }).toEqual({ invited: true, overCapacity: true });
    expect(person).toMatchObject({ givenName: "Zoé", familyName: "Sur-Place", organisation: "Ville d'Arras", walkIn: true, attendance: { [PM]: true } });
    expect(db.select().from(registrations).where(eq(registrations.id, person.registrationId)).get()).toMatchObject({ status: "confirmed", walkIn: true, overCapacity: true });
    expect(db.select().from(outboxEmails).all().map((email) => email.to)).toContain("zoe@example.org");
    expect(attendanceCounts(db, meeting.id)).toMatchObject({ halfDays: [{ key: AM, present: 0 }, { key: PM, present: 1 }], people: 1, confirmed: 3 });
  });

  it("registers an existing account by its e-mail, and refuses someone already registered", () => {
    const { db, staff, meeting, elodie } = setup();
    const known = insertUser(db, "member", { givenName: "Marc", familyName: "Connu" });
    const input = (email: string) => ({ meetingId: meeting.id, person: { givenName: "x", familyName: "y", email, organisation: "" }, halfDay: AM, idempotencyKey: crypto.randomUUID() });
    expect(registerWalkIn(db, staff, input(known.email))).toMatchObject({ invited: false, person: { familyName: "Connu" } });
    const elodieEmail = db.select().from(users).where(eq(users.id, elodie.userId)).get()!.email;
    expect(refusal(() => registerWalkIn(db, staff, input(elodieEmail))).code).toBe("conflict");
  });
});

describe("markAttendanceFromSheet", () => {
  it("saves many registrants × half-days in one transaction, writing only what changed, as marks from the sheet", () => {
    const { db, staff, meeting, elodie, stefan, mark } = setup();
    markAttendance(db, staff, mark(elodie.id));
    const changed = markAttendanceFromSheet(db, staff, {
      meetingId: meeting.id,
      marks: [
        { registrationId: elodie.id, halfDay: AM, present: true },
        { registrationId: elodie.id, halfDay: PM, present: true },
        { registrationId: stefan.id, halfDay: AM, present: true },
        { registrationId: stefan.id, halfDay: PM, present: false },
      ],
      now: at(18),
    });
    expect(changed).toBe(2);
    expect(db.select().from(attendanceMarks).where(eq(attendanceMarks.source, "sheet")).all()).toHaveLength(2);
    expect(attendanceCounts(db, meeting.id)).toEqual({ halfDays: [{ key: AM, present: 2 }, { key: PM, present: 1 }], people: 2, confirmed: 2 });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "attendance.sheet")).all()).toMatchObject([{ entityId: meeting.id, details: { changed: 2 } }]);
    const shown = getMeetingBySlug(db, meeting.slug, null)!;
    expect(participationLabel(shown, shown.recordedParticipants, at(18))).toBe("2 participants");
  });

  it("changes nothing when one line is wrong", () => {
    const { db, staff, meeting, elodie, waiting } = setup();
    const marks = [{ registrationId: elodie.id, halfDay: AM, present: true }];
    expect(refusal(() => markAttendanceFromSheet(db, staff, { meetingId: meeting.id, marks: [...marks, { registrationId: waiting.id, halfDay: AM, present: true }] })).code).toBe("conflict");
    expect(refusal(() => markAttendanceFromSheet(db, staff, { meetingId: meeting.id, marks: [...marks, { registrationId: elodie.id, halfDay: "2026-12-05:am", present: true }] })).code).toBe("validation_failed");
    expect(db.select().from(attendanceMarks).all()).toEqual([]);
    expect(attendanceCounts(db, meeting.id).people).toBe(0);
  });
});
