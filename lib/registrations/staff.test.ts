import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { auditLog } from "@/lib/audit/schema";
import { outboxEmails } from "@/lib/mail/schema";
import { exportPersonalData } from "@/lib/people/privacy";
import { users } from "@/lib/people/schema";
import { isResetTokenValid } from "@/lib/people/password-reset";
import { registrations } from "./schema";
import { register } from "./service";
import { addRegistrant, approveRegistrations, cancelOnBehalf, editAnswers, moveOnWaitlist, promoteRegistration, refuseRegistrations, setStaffNote } from "./staff";

function setUp(overrides: Parameters<typeof insertMeeting>[1] = {}) {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { capacity: 2, approvalRequired: true, ...overrides });
  const staff = { userId: insertUser(db, "staff").id };
  const request = () => register(db, { meetingId: meeting.id, userId: insertUser(db).id }).registration;
  const state = () =>
    db
      .select({ id: registrations.id, status: registrations.status, position: registrations.waitlistPosition, overCapacity: registrations.overCapacity })
      .from(registrations)
      .where(eq(registrations.meetingId, meeting.id))
      .orderBy(asc(registrations.createdAt))
      .all();
  const mails = (kind: string) => db.select().from(outboxEmails).where(eq(outboxEmails.kind, kind as never)).all();
  const audits = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();
  return { db, meeting, staff, request, state, mails, audits };
}

describe("approving and refusing requests", () => {
  it("approves in bulk in one transaction: seats first, then the head of the waitlist, each person e-mailed and audited", () => {
    const { db, meeting, staff, request, state, mails, audits } = setUp();
    const requests = [request(), request(), request(), request()];
    expect(approveRegistrations(db, staff, { meetingId: meeting.id, registrationIds: requests.map((r) => r.id) })).toEqual({ confirmed: 2, overCapacity: 0, waitlisted: 2 });
    expect(state().map((r) => [r.status, r.position])).toEqual([["confirmed", null], ["confirmed", null], ["waitlisted", 1], ["waitlisted", 2]]);
    expect(mails("registration_approved")).toHaveLength(2);
    expect(mails("registration_waitlisted")).toHaveLength(2);
    expect(audits("registration.approve")).toHaveLength(4);

    /* A later approval goes before those already waiting. */
    const late = request();
    approveRegistrations(db, staff, { meetingId: meeting.id, registrationIds: [late.id] });
    expect(state().filter((r) => r.status === "waitlisted").sort((a, b) => a.position! - b.position!).map((r) => r.id)).toEqual([late.id, requests[2]!.id, requests[3]!.id]);
  });

  it("rolls the whole batch back when one request is no longer pending", () => {
    const { db, meeting, staff, request, state } = setUp();
    const [first, second] = [request(), request()];
    refuseRegistrations(db, staff, { meetingId: meeting.id, registrationIds: [second.id] });
    expect(refusal(() => approveRegistrations(db, staff, { meetingId: meeting.id, registrationIds: [first.id, second.id] })).code).toBe("conflict");
    expect(state().map((r) => r.status)).toEqual(["pending_approval", "refused"]);
  });

  it("confirms beyond the capacity only when staff tick it, and records it", () => {
    const { db, meeting, staff, request, state } = setUp({ capacity: 1 });
    const requests = [request(), request()];
    approveRegistrations(db, staff, { meetingId: meeting.id, registrationIds: requests.map((r) => r.id), overCapacity: true });
    expect(state().map((r) => [r.status, r.overCapacity])).toEqual([["confirmed", false], ["confirmed", true]]);
  });

  it("refuses with an optional message given in the e-mail", () => {
    const { db, meeting, staff, request, state, mails, audits } = setUp();
    const requests = [request(), request()];
    expect(refuseRegistrations(db, staff, { meetingId: meeting.id, registrationIds: requests.map((r) => r.id), message: "Réservé aux équipes du Nord." })).toBe(2);
    expect(state().map((r) => r.status)).toEqual(["refused", "refused"]);
    expect(mails("registration_refused").every((mail) => mail.text.includes("Réservé aux équipes du Nord."))).toBe(true);
    expect(audits("registration.refuse")).toHaveLength(2);
    /* Refused, the person may ask again. */
    expect(register(db, { meetingId: meeting.id, userId: requests[0]!.userId }).created).toBe(true);
  });

  it("is refused to members and pending accounts, whatever their session says", () => {
    const { db, meeting, request } = setUp();
    const pending = request();
    for (const role of ["pending", "member"] as const) {
      const actor = { userId: insertUser(db, role).id };
      expect(refusal(() => approveRegistrations(db, actor, { meetingId: meeting.id, registrationIds: [pending.id] })).code).toBe("forbidden");
    }
    const demoted = insertUser(db, "staff");
    db.update(users).set({ role: "member" }).where(eq(users.id, demoted.id)).run();
    expect(refusal(() => refuseRegistrations(db, { userId: demoted.id }, { meetingId: meeting.id, registrationIds: [pending.id] })).code).toBe("forbidden");
    expect(approveRegistrations(db, { userId: insertUser(db, "admin").id }, { meetingId: meeting.id, registrationIds: [pending.id] }).confirmed).toBe(1);
  });
});

describe("the waitlist in staff's hands", () => {
  function full() {
    const context = setUp({ capacity: 1, approvalRequired: false, waitlistEnabled: true });
    const [seat, first, second, third] = [context.request(), context.request(), context.request(), context.request()];
    return { ...context, seat: seat!, first: first!, second: second!, third: third! };
  }

  it("promotes only beyond the capacity, when ticked, and tells the person", () => {
    const { db, meeting, staff, second, state, mails } = full();
    expect(refusal(() => promoteRegistration(db, staff, { meetingId: meeting.id, registrationId: second.id })).code).toBe("meeting_full");
    promoteRegistration(db, staff, { meetingId: meeting.id, registrationId: second.id, overCapacity: true });
    expect(state().map((r) => [r.status, r.position, r.overCapacity])).toEqual([
      ["confirmed", null, false],
      ["waitlisted", 1, false],
      ["confirmed", null, true],
      ["waitlisted", 2, false],
    ]);
    expect(mails("waitlist_promoted")).toHaveLength(1);
  });

  it("moves people up and down, not past the ends", () => {
    const { db, meeting, staff, first, third, state } = full();
    expect(moveOnWaitlist(db, staff, { meetingId: meeting.id, registrationId: third.id, direction: "up" })).toEqual({ position: 2, length: 3 });
    expect(state().map((r) => r.position)).toEqual([null, 1, 3, 2]);
    expect(refusal(() => moveOnWaitlist(db, staff, { meetingId: meeting.id, registrationId: first.id, direction: "up" })).code).toBe("conflict");
    moveOnWaitlist(db, staff, { meetingId: meeting.id, registrationId: first.id, direction: "down" });
    expect(state().map((r) => r.position)).toEqual([null, 2, 3, 1]);
  });

  it("cancels on someone's behalf: the seat goes to the head of the waitlist, audited", () => {
    const { db, meeting, staff, seat, first, state, audits, mails } = full();
    const { promoted } = cancelOnBehalf(db, staff, { meetingId: meeting.id, registrationId: seat.id });
    expect(promoted.map((r) => r.id)).toEqual([first.id]);
    expect(state().map((r) => [r.status, r.position])).toEqual([["cancelled", null], ["confirmed", null], ["waitlisted", 1], ["waitlisted", 2]]);
    expect(audits("registration.cancel")).toHaveLength(1);
    expect(mails("registration_cancelled")).toHaveLength(1);
    expect(refusal(() => cancelOnBehalf(db, staff, { meetingId: meeting.id, registrationId: seat.id })).code).toBe("conflict");
  });
});

describe("answers, notes and people added by hand", () => {
  it("edits answers through the meeting's questions, and keeps a private note that the person's data export carries", () => {
    const { db, meeting, staff, audits } = setUp({ approvalRequired: false, questions: [{ id: "atelier", label: "Atelier", kind: "choice", required: true, options: ["A", "B"] }] });
    const person = insertUser(db);
    const registration = register(db, { meetingId: meeting.id, userId: person.id, answers: { atelier: "A" } }).registration;
    expect(refusal(() => editAnswers(db, staff, { meetingId: meeting.id, registrationId: registration.id, answers: { atelier: "C" } })).fieldErrors).toEqual({
      "answers.atelier": "Choisissez une des propositions pour « Atelier ».",
    });
    expect(editAnswers(db, staff, { meetingId: meeting.id, registrationId: registration.id, answers: { atelier: "B" } }).answers).toEqual({ atelier: "B" });
    expect(audits("registration.answers")[0]!.details).toEqual({ meetingId: meeting.id, questions: ["atelier"] });
    setStaffNote(db, staff, { meetingId: meeting.id, registrationId: registration.id, note: "  Vient avec un interprète LSF. " });
    expect(exportPersonalData(db, person.id).registrations[0]!.staff_note).toBe("Vient avec un interprète LSF.");
    expect(audits("registration.note")).toHaveLength(1);
  });

  it("adds an existing account found by e-mail, bypassing approval but not the capacity", () => {
    const { db, meeting, staff, request, state, mails } = setUp({ capacity: 1 });
    approveRegistrations(db, staff, { meetingId: meeting.id, registrationIds: [request().id] });
    const known = insertUser(db, "member", { email: "jean.dupont@example.org" });
    const { registration, invited } = addRegistrant(db, staff, { meetingId: meeting.id, email: "Jean.Dupont@example.org" });
    expect([registration.status, registration.waitlistPosition, invited]).toEqual(["waitlisted", 1, false]);
    expect(refusal(() => addRegistrant(db, staff, { meetingId: meeting.id, email: known.email })).code).toBe("conflict");
    expect(refusal(() => addRegistrant(db, staff, { meetingId: meeting.id, email: "inconnu@example.org" })).code).toBe("not_found");
    expect(state()).toHaveLength(2);
    expect(mails("account_invitation")).toHaveLength(0);
  });

  it("creates a pending account for a new person, who is invited to choose a password", () => {
    const { db, meeting, staff, mails, audits } = setUp({ capacity: 5 });
    const { registration, invited } = addRegistrant(db, staff, {
      meetingId: meeting.id,
      email: "lukasz.nowak@example.org",
      newPerson: { givenName: "Łukasz", familyName: "Nowak", email: "lukasz.nowak@example.org", organisation: "Ville de Lillers" },
    });
    expect([registration.status, invited]).toEqual(["confirmed", true]);
    const account = db.select().from(users).where(eq(users.email, "lukasz.nowak@example.org")).get()!;
    expect([account.role, account.name, account.organisationOther, account.passwordHash]).toEqual(["pending", "Łukasz Nowak", "Ville de Lillers", null]);
    const [invitation] = mails("account_invitation");
    const token = new URL(invitation!.secretLink!).searchParams.get("jeton")!;
    expect(isResetTokenValid(db, token)).toBe(true);
    expect(mails("registration_approved")).toHaveLength(1);
    expect(audits("registration.add")[0]!.details).toMatchObject({ invited: true, status: "confirmed" });
    expect(db.select().from(registrations).where(and(eq(registrations.userId, account.id))).all()).toHaveLength(1);
  });
});
