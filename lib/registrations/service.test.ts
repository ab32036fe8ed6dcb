import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { outboxEmails } from "@/lib/mail/schema";
import { registrations } from "./schema";
import { cancelRegistration, register } from "./service";

describe("register", () => {
  it("confirms while seats are left, then waitlists with contiguous positions", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 2 });
    const statuses = [1, 2, 3, 4].map(() => register(db, { meetingId: meeting.id, userId: insertUser(db).id }).registration);
    expect(statuses.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ["confirmed", null],
      ["confirmed", null],
      ["waitlisted", 1],
      ["waitlisted", 2],
    ]);
  });

  it("never creates a second registration when the same person submits twice", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 5 });
    const user = insertUser(db);
    const first = register(db, { meetingId: meeting.id, userId: user.id });
    const second = register(db, { meetingId: meeting.id, userId: user.id });
    expect(first.created).toBe(true);
    expect(second).toEqual({ registration: first.registration, created: false });
    expect(db.select().from(registrations).where(eq(registrations.userId, user.id)).all()).toHaveLength(1);
  });

  it("keeps the registration pending when the meeting requires approval", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 5, approvalRequired: true });
    expect(register(db, { meetingId: meeting.id, userId: insertUser(db).id }).registration.status).toBe("pending_approval");
  });

  it("refuses with a reason: full without waitlist, closed, not open, past, cancelled, draft, members only", () => {
    const db = freshDatabase();
    const now = new Date();
    const day = 24 * 60 * 60 * 1000;
    const full = insertMeeting(db, { capacity: 1, waitlistEnabled: false });
    register(db, { meetingId: full.id, userId: insertUser(db).id });
    const cases: [Parameters<typeof insertMeeting>[1], string][] = [
      [{ registrationClosesAt: new Date(now.getTime() - day) }, "registration_closed"],
      [{ registrationOpensAt: new Date(now.getTime() + day) }, "registration_not_open"],
      [{ startsAt: new Date(now.getTime() - day), endsAt: new Date(now.getTime() - day / 2) }, "meeting_past"],
      [{ status: "cancelled" }, "meeting_cancelled"],
      [{ status: "draft" }, "not_found"],
      [{ registrationEnabled: false }, "registration_closed"],
    ];
    const member = insertUser(db);
    expect(refusal(() => register(db, { meetingId: full.id, userId: member.id })).code).toBe("meeting_full");
    for (const [overrides, code] of cases) {
      expect(refusal(() => register(db, { meetingId: insertMeeting(db, overrides).id, userId: member.id })).code).toBe(code);
    }
    const membersOnly = insertMeeting(db, { audience: "members" });
    expect(refusal(() => register(db, { meetingId: membersOnly.id, userId: insertUser(db, "pending").id })).code).toBe("forbidden");
    expect(register(db, { meetingId: membersOnly.id, userId: member.id }).registration.status).toBe("confirmed");
  });

  it("reads the role from the database at the time of registration", () => {
    const db = freshDatabase();
    const membersOnly = insertMeeting(db, { audience: "members" });
    const user = insertUser(db, "member", { status: "refused" });
    expect(refusal(() => register(db, { meetingId: membersOnly.id, userId: user.id })).code).toBe("unauthenticated");
  });

  it("validates and stores the answers to the meeting's questions", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, {
      questions: [
        { id: "regime", label: "Régime alimentaire", kind: "text", required: false },
        { id: "atelier", label: "Atelier", kind: "choice", required: true, options: ["A", "B"] },
      ],
    });
    const user = insertUser(db);
    expect(refusal(() => register(db, { meetingId: meeting.id, userId: user.id, answers: { atelier: "C" } })).fieldErrors).toEqual({
      "answers.atelier": "Choisissez une des propositions pour « Atelier ».",
    });
    const unasked = refusal(() => register(db, { meetingId: meeting.id, userId: user.id, answers: { atelier: "B", extra: "x" } }));
    expect(unasked.code).toBe("validation_failed");
    expect(unasked.fieldErrors).toEqual({ "answers.extra": "Cette rencontre ne pose pas de question « extra » : retirez cette réponse." });
    const { registration } = register(db, { meetingId: meeting.id, userId: user.id, answers: { atelier: "B", regime: " végétarien " }, consent: true });
    expect(registration.answers).toEqual({ atelier: "B", regime: "végétarien" });
    expect(registration.consentAt).toBeInstanceOf(Date);
  });
});

describe("cancelRegistration", () => {
  it("promotes the head of the waitlist in the same transaction and e-mails them", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1 });
    const [first, second, third] = [insertUser(db), insertUser(db), insertUser(db)];
    for (const user of [first!, second!, third!]) register(db, { meetingId: meeting.id, userId: user.id });

    const { promoted } = cancelRegistration(db, { meetingId: meeting.id, userId: first!.id });
    expect(promoted.map((r) => r.userId)).toEqual([second!.id]);
    const live = db.select().from(registrations).where(and(eq(registrations.meetingId, meeting.id))).all();
    expect(live.find((r) => r.userId === second!.id)).toMatchObject({ status: "confirmed", waitlistPosition: null });
    expect(live.find((r) => r.userId === third!.id)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    const mail = db.select().from(outboxEmails).where(eq(outboxEmails.to, second!.email)).all();
    expect(mail.map((m) => m.kind)).toContain("waitlist_promoted");
  });

  it("closes the gap when a waitlisted person leaves, and allows registering again later", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1 });
    const users = [insertUser(db), insertUser(db), insertUser(db)];
    for (const user of users) register(db, { meetingId: meeting.id, userId: user.id });
    cancelRegistration(db, { meetingId: meeting.id, userId: users[1]!.id });
    const third = register(db, { meetingId: meeting.id, userId: users[2]!.id }).registration;
    expect(third.waitlistPosition).toBe(1);
    const again = register(db, { meetingId: meeting.id, userId: users[1]!.id });
    expect(again).toMatchObject({ created: true, registration: { status: "waitlisted", waitlistPosition: 2 } });
  });

  it("e-mails the confirmation with the door code, and the promotion with its own, greeting people by given name", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1 });
    const [seated, waiting] = [insertUser(db, "member", { givenName: "Jeanne" }), insertUser(db, "member", { givenName: "", name: "Paul Durand" })];
    const seat = register(db, { meetingId: meeting.id, userId: seated!.id }).registration;
    register(db, { meetingId: meeting.id, userId: waiting!.id });
    const [confirmation] = db.select().from(outboxEmails).where(eq(outboxEmails.kind, "registration_confirmed")).all();
    expect(confirmation?.text).toMatch(/^Bonjour Jeanne,/);
    expect(confirmation?.text).toContain(seat.code!);
    expect(confirmation?.html).toContain(seat.code!);
    expect(db.select().from(outboxEmails).where(eq(outboxEmails.kind, "registration_waitlisted")).get()?.text).toContain("en position 1");

    cancelRegistration(db, { meetingId: meeting.id, userId: seated!.id });
    const promoted = db.select().from(registrations).where(eq(registrations.userId, waiting!.id)).get()!;
    const promotion = db.select().from(outboxEmails).where(eq(outboxEmails.kind, "waitlist_promoted")).get();
    expect(promotion?.to).toBe(waiting!.email);
    expect(promotion?.text).toMatch(/^Bonjour Paul Durand,/);
    expect(promotion?.text).toContain(promoted.code!);
  });

  it("e-mails the person who cancels or leaves the waitlist", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1, title: "Rencontre d'Amiens" });
    const [seated, waiting] = [insertUser(db), insertUser(db)];
    for (const user of [seated!, waiting!]) register(db, { meetingId: meeting.id, userId: user.id });
    const subjectsOf = (email: string) =>
      db.select().from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.kind, "registration_cancelled"))).all().map((m) => m.subject);

    cancelRegistration(db, { meetingId: meeting.id, userId: seated!.id });
    expect(subjectsOf(seated!.email)).toEqual(["Inscription annulée : « Rencontre d'Amiens »"]);
    register(db, { meetingId: meeting.id, userId: seated!.id });
    cancelRegistration(db, { meetingId: meeting.id, userId: seated!.id });
    expect(subjectsOf(seated!.email)).toHaveLength(2);
    expect(subjectsOf(seated!.email)[1]).toBe("Liste d'attente quittée : « Rencontre d'Amiens »");
  });

  it("refuses to cancel what does not exist or has started", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db);
    const user = insertUser(db);
    expect(refusal(() => cancelRegistration(db, { meetingId: meeting.id, userId: user.id })).code).toBe("not_registered");
    register(db, { meetingId: meeting.id, userId: user.id });
    const later = new Date(meeting.startsAt.getTime() + 60_000);
    expect(refusal(() => cancelRegistration(db, { meetingId: meeting.id, userId: user.id, now: later })).code).toBe("meeting_past");
  });
});
