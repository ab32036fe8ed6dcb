import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { meetingsWithDeadlineBetween, nextMeetingDeadline } from "@/lib/meetings/queries";
import { deleteAccount } from "@/lib/people/privacy";
import { settings } from "@/lib/settings/schema";
import { parisInstant } from "@/lib/time";
import { onlineCancellationNotice, onlineCancellationRefusal } from "./cancellation";
import { registrations } from "./schema";
import { cancelRegistration, register } from "./service";
import { cancelOnBehalf } from "./staff";

/* 12 May 2027, 18 h in Paris: 16 h UTC (summer time). */
const DEADLINE = parisInstant(2027, 5, 12, 18);
const BEFORE = new Date(DEADLINE.getTime() - 1000);
const CONTACT = "contact@irev.fr";
const CLOSED = `L'annulation en ligne était possible jusqu'au 12 mai 2027 à 18 h. Pour vous désinscrire, écrivez à l'IREV : ${CONTACT}.`;

function setUp(cancellationDeadline: Date | null = DEADLINE) {
  const db = freshDatabase();
  db.insert(settings).values({ key: "identity", value: { contactEmail: CONTACT } }).run();
  const meeting = insertMeeting(
    db,
    { cancellationDeadline, startsAt: parisInstant(2027, 5, 20, 9), endsAt: parisInstant(2027, 5, 20, 17), registrationClosesAt: null },
    parisInstant(2027, 5, 1),
  );
  const person = insertUser(db);
  const registration = register(db, { meetingId: meeting.id, userId: person.id, now: parisInstant(2027, 5, 2) }).registration;
  const status = () => db.select({ status: registrations.status }).from(registrations).where(eq(registrations.id, registration.id)).get()!.status;
  return { db, meeting, person, registration, status };
}

describe("the online cancellation deadline", () => {
  it("is decided on the Paris wall clock, the deadline's own minute already closed", () => {
    expect(DEADLINE.toISOString()).toBe("2027-05-12T16:00:00.000Z");
    const meeting = { cancellationDeadline: DEADLINE };
    expect(onlineCancellationRefusal(meeting, CONTACT, new Date("2027-05-12T15:59:59.999Z"))).toBeNull();
    expect(onlineCancellationRefusal(meeting, CONTACT, new Date("2027-05-12T16:00:00.000Z"))).toMatchObject({ code: "cancellation_closed", message: CLOSED });
    expect(onlineCancellationRefusal({ cancellationDeadline: null }, CONTACT, parisInstant(2030, 1, 1))).toBeNull();
  });

  it("is shown with a live registration: the deadline before it passes, whom to write to after", () => {
    const meeting = { cancellationDeadline: DEADLINE };
    expect(onlineCancellationNotice(meeting, CONTACT, BEFORE)).toEqual({ open: true, text: "Annulation en ligne jusqu'au 12 mai 2027 à 18 h." });
    expect(onlineCancellationNotice(meeting, CONTACT, DEADLINE)).toEqual({ open: false, text: CLOSED });
    expect(onlineCancellationNotice({ cancellationDeadline: null }, CONTACT, DEADLINE)).toBeNull();
  });

  it("is a deadline of the meeting's cached pages: they expire when it passes", () => {
    const { db, meeting } = setUp();
    expect(nextMeetingDeadline(db, parisInstant(2027, 5, 3), meeting.id)).toEqual(DEADLINE);
    expect(meetingsWithDeadlineBetween(db, BEFORE, DEADLINE)).toEqual([meeting.id]);
  });

  it("lets the member cancel until it, and refuses after it, the registration kept", () => {
    const before = setUp();
    expect(cancelRegistration(before.db, { meetingId: before.meeting.id, userId: before.person.id, now: BEFORE }).cancelled.status).toBe("cancelled");

    const after = setUp();
    const refused = refusal(() => cancelRegistration(after.db, { meetingId: after.meeting.id, userId: after.person.id, now: DEADLINE }));
    expect([refused.code, refused.status, refused.message]).toEqual(["cancellation_closed", 409, CLOSED]);
    expect(after.status()).toBe("confirmed");
  });

  it("leaves a meeting without a deadline cancellable online until it starts", () => {
    const { db, meeting, person } = setUp(null);
    expect(cancelRegistration(db, { meetingId: meeting.id, userId: person.id, now: parisInstant(2027, 5, 20, 8, 59) }).cancelled.status).toBe("cancelled");
  });

  it("does not bind staff cancelling on someone's behalf, nor the deletion of an account", () => {
    const { db, meeting, registration, status } = setUp();
    const staff = { userId: insertUser(db, "staff").id };
    expect(refusal(() => cancelOnBehalf(db, { userId: insertUser(db, "member").id }, { meetingId: meeting.id, registrationId: registration.id, now: DEADLINE })).code).toBe(
      "forbidden",
    );
    expect(status()).toBe("confirmed");
    cancelOnBehalf(db, staff, { meetingId: meeting.id, registrationId: registration.id, now: DEADLINE });
    expect(status()).toBe("cancelled");

    const leaving = setUp();
    deleteAccount(leaving.db, leaving.person.id, DEADLINE);
    expect(
      leaving.db.select().from(registrations).where(and(eq(registrations.meetingId, leaving.meeting.id), eq(registrations.status, "confirmed"))).all(),
    ).toEqual([]);
  });
});
