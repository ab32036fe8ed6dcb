import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { icsEvents, icsValue } from "@/e2e/support/ics";
import { auditLog } from "@/lib/audit/schema";
import { meetingsToIcs } from "@/lib/calendar/ics";
import { cancelRegistration, register } from "@/lib/registrations/service";
import { registrations } from "@/lib/registrations/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { mailsTo } from "@/tests/invitations";
import { refusal } from "@/tests/refusal";
import { cancelMeetingByIrev, changeMeetingTimeOrPlace } from "./changes";
import { meetings } from "./schema";

const HOUR = 60 * 60 * 1000;

/** A meeting with one seat holder, one person on the waitlist and, on a second meeting, none pending: the three kinds of registrant. */
function meetingWithRegistrants(overrides: Parameters<typeof insertMeeting>[1] = {}) {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { capacity: 1, venueName: "Hôtel de ville", venueCity: "Noyon", venuePostcode: "60400", ...overrides });
  const [seated, waiting] = [insertUser(db), insertUser(db)];
  register(db, { meetingId: meeting.id, userId: seated!.id });
  register(db, { meetingId: meeting.id, userId: waiting!.id });
  const staff = insertUser(db, "staff");
  return { db, meeting, seated: seated!, waiting: waiting!, staff: { userId: staff.id } };
}

function storedMeeting(db: ReturnType<typeof freshDatabase>, id: string) {
  return db.select().from(meetings).where(eq(meetings.id, id)).get()!;
}

describe("changeMeetingTimeOrPlace", () => {
  it("raises the SEQUENCE and sends seat holders an update, the waitlist the e-mail alone, in the public feed's UID", () => {
    const { db, meeting, seated, waiting, staff } = meetingWithRegistrants();
    const startsAt = new Date(meeting.startsAt.getTime() + 24 * HOUR);
    const endsAt = new Date(meeting.endsAt.getTime() + 24 * HOUR);
    const result = changeMeetingTimeOrPlace(db, { meetingId: meeting.id, actor: staff, startsAt, endsAt });
    expect(result).toMatchObject({ timeChanged: true, placeChanged: false, notified: 2, meeting: { sequence: 1, startsAt, endsAt } });

    const [confirmation, update] = mailsTo(db, seated.email);
    expect(confirmation!.calendar).toMatchObject({ method: "REQUEST", sequence: 0 });
    expect(update).toMatchObject({ kind: "meeting_changed", subject: `Changement d'horaire : « ${meeting.title} »` });
    expect(update!.calendar).toMatchObject({ method: "REQUEST", sequence: 1, status: "CONFIRMED", uid: `meeting-${meeting.id}@irev-reseau` });
    expect(update!.text).toMatch(/^Date\u00a0: .+ → .+$/m);
    expect(mailsTo(db, waiting.email)[1]).toMatchObject({ kind: "meeting_changed", calendar: null });

    /* The public feed follows: same UID, same SEQUENCE. */
    const [feedEvent] = icsEvents(meetingsToIcs([storedMeeting(db, meeting.id)], { name: "Rencontres" }));
    expect(icsValue(feedEvent!, "SEQUENCE")).toBe("1");
    expect(icsValue(feedEvent!, "UID")).toBe(update!.calendar!.uid);

    const [audit] = db.select().from(auditLog).where(eq(auditLog.entityId, meeting.id)).all();
    expect(audit).toMatchObject({ actorId: staff.userId, action: "meeting.change", details: { sequence: 1, notified: 2 } });
  });

  it("tells of a new place, in the LOCATION of the update", () => {
    const { db, meeting, seated, staff } = meetingWithRegistrants();
    changeMeetingTimeOrPlace(db, { meetingId: meeting.id, actor: staff, venueName: "Salle des fêtes", venueRoom: "Salle 2", venueCity: "Compiègne", venuePostcode: "60200" });
    const update = mailsTo(db, seated.email)[1]!;
    expect(update.subject).toBe(`Changement de lieu : « ${meeting.title} »`);
    expect(update.text).toContain("Lieu : Hôtel de ville, 60400 Noyon → Salle des fêtes, Salle 2, 60200 Compiègne");
    expect(update.calendar).toMatchObject({ method: "REQUEST", sequence: 1, location: "Salle des fêtes\\, Salle 2\\, 60200 Compiègne" });
  });

  it("does nothing when nothing actually changes", () => {
    const { db, meeting, seated, staff } = meetingWithRegistrants();
    const result = changeMeetingTimeOrPlace(db, { meetingId: meeting.id, actor: staff, startsAt: meeting.startsAt, venueName: "  Hôtel de ville " });
    expect(result).toMatchObject({ timeChanged: false, placeChanged: false, notified: 0 });
    expect(storedMeeting(db, meeting.id).sequence).toBe(0);
    expect(mailsTo(db, seated.email)).toHaveLength(1);
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("writes the update in Paris time across the change to summer time", () => {
    const { db, meeting, seated, staff } = meetingWithRegistrants({ startsAt: parisInstant(2099, 3, 20, 9), endsAt: parisInstant(2099, 3, 20, 17) });
    // Last Sunday of March 2099 is the 29th: Saturday 28, 9 h (winter time) to Sunday 29, 17 h (summer time).
    changeMeetingTimeOrPlace(db, { meetingId: meeting.id, actor: staff, startsAt: parisInstant(2099, 3, 28, 9), endsAt: parisInstant(2099, 3, 29, 17) });
    const update = mailsTo(db, seated.email)[1]!;
    expect(update.calendar!.dtstart).toBe("DTSTART;TZID=Europe/Paris:20990328T090000");
    expect(update.text).toContain("du samedi 28 mars 2099, 9 h au dimanche 29 mars 2099, 17 h");
  });

  it("makes an all-day meeting a timed one when it is given times", () => {
    const { db, meeting, staff } = meetingWithRegistrants({ allDay: true, startsAt: parisInstant(2099, 5, 5), endsAt: parisInstant(2099, 5, 6) });
    const result = changeMeetingTimeOrPlace(db, { meetingId: meeting.id, actor: staff, startsAt: parisInstant(2099, 5, 5, 9), endsAt: parisInstant(2099, 5, 5, 17) });
    expect(result.meeting).toMatchObject({ allDay: false, timeKnown: true, sequence: 1 });
  });

  it("refuses an end before the start, a past start, a bad postcode, members, and cancelled or unknown meetings", () => {
    const { db, meeting, seated, staff } = meetingWithRegistrants();
    const change = (input: Omit<Parameters<typeof changeMeetingTimeOrPlace>[1], "meetingId" | "actor">, actor = staff, meetingId = meeting.id) =>
      refusal(() => changeMeetingTimeOrPlace(db, { meetingId, actor, ...input }));
    expect(change({ endsAt: new Date(meeting.startsAt.getTime() - HOUR) }).fieldErrors).toEqual({ endsAt: "La fin doit être postérieure au début de la rencontre." });
    expect(change({ startsAt: new Date(Date.now() - 48 * HOUR), endsAt: new Date(Date.now() - 47 * HOUR) }).fieldErrors).toEqual({ startsAt: "Choisissez un début à venir." });
    expect(change({ venuePostcode: "6040" }).fieldErrors).toEqual({ venuePostcode: "Indiquez un code postal de 5 chiffres, par exemple 60400." });
    expect(change({ venueCity: "Compiègne" }, { userId: seated.id }).code).toBe("forbidden");
    expect(change({ venueCity: "Compiègne" }, staff, "inconnue").code).toBe("not_found");
    cancelMeetingByIrev(db, { meetingId: meeting.id, actor: staff, reason: "Intempéries" });
    expect(change({ venueCity: "Compiègne" }).code).toBe("meeting_cancelled");
    expect(storedMeeting(db, meeting.id).sequence).toBe(1);
  });
});

describe("cancelMeetingByIrev", () => {
  it("cancels with a higher SEQUENCE: METHOD:CANCEL and STATUS:CANCELLED to seat holders, the reason to everyone", () => {
    const { db, meeting, seated, waiting, staff } = meetingWithRegistrants();
    const result = cancelMeetingByIrev(db, { meetingId: meeting.id, actor: staff, reason: "  Salle indisponible  " });
    expect(result).toMatchObject({ notified: 2, meeting: { status: "cancelled", sequence: 1 } });

    const [invitation, cancellation] = mailsTo(db, seated.email);
    expect(cancellation).toMatchObject({ kind: "meeting_cancelled", subject: `Rencontre annulée : « ${meeting.title} »` });
    expect(cancellation!.text).toContain("Motif : Salle indisponible\n");
    expect(cancellation!.calendar).toMatchObject({ method: "CANCEL", storedMethod: "CANCEL", status: "CANCELLED", uid: invitation!.calendar!.uid });
    expect(cancellation!.calendar!.sequence).toBeGreaterThan(invitation!.calendar!.sequence);
    expect(mailsTo(db, waiting.email)[1]).toMatchObject({ kind: "meeting_cancelled", calendar: null });

    const [feedEvent] = icsEvents(meetingsToIcs([storedMeeting(db, meeting.id)], { name: "Rencontres" }));
    expect(icsValue(feedEvent!, "STATUS")).toBe("CANCELLED");
    expect(icsValue(feedEvent!, "SEQUENCE")).toBe("1");
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.cancel")).get()).toMatchObject({ actorId: staff.userId, details: { reason: "Salle indisponible" } });
  });

  it("promotes no one from the waitlist of a cancelled meeting when a seat holder cancels", () => {
    const { db, meeting, seated, waiting, staff } = meetingWithRegistrants();
    cancelMeetingByIrev(db, { meetingId: meeting.id, actor: staff, reason: "Intempéries" });
    expect(cancelRegistration(db, { meetingId: meeting.id, userId: seated.id }).promoted).toEqual([]);
    expect(mailsTo(db, waiting.email).map((m) => m.kind)).toEqual(["registration_waitlisted", "meeting_cancelled"]);
  });

  it("refuses without a reason, twice, for a draft, and for a member", () => {
    const { db, meeting, seated, staff } = meetingWithRegistrants();
    expect(refusal(() => cancelMeetingByIrev(db, { meetingId: meeting.id, actor: staff, reason: " " })).fieldErrors).toEqual({
      reason: "Indiquez le motif de l'annulation : il est écrit aux inscrits.",
    });
    expect(refusal(() => cancelMeetingByIrev(db, { meetingId: meeting.id, actor: { userId: seated.id }, reason: "x" })).code).toBe("forbidden");
    const draft = insertMeeting(db, { status: "draft" });
    expect(refusal(() => cancelMeetingByIrev(db, { meetingId: draft.id, actor: "operator", reason: "x" })).code).toBe("conflict");
    cancelMeetingByIrev(db, { meetingId: meeting.id, actor: "operator", reason: "Intempéries" });
    expect(refusal(() => cancelMeetingByIrev(db, { meetingId: meeting.id, actor: "operator", reason: "x" })).code).toBe("meeting_cancelled");
  });
});

/*
 * Two people and one seat, in any order: they register, cancel and register again, IREV moves the meeting, and
 * perhaps cancels it at the end. For each person, every calendar message carries a higher SEQUENCE than the one
 * before, and the last one says what their calendar should show: the event while they hold a seat, nothing otherwise.
 */
describe("the SEQUENCE each person receives", () => {
  it("always rises, and the last calendar message matches their seat, whatever the interleaving", () => {
    const db = freshDatabase();
    const action = fc.oneof(
      fc.record({ kind: fc.constantFrom("register", "cancel"), who: fc.constantFrom(0, 1) }),
      fc.constant({ kind: "move" as const, who: 0 }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 14 }), fc.boolean(), (actions, cancelAtEnd) => {
        const meeting = insertMeeting(db, { capacity: 1 });
        const people = [insertUser(db), insertUser(db)];
        let shift = 0;
        for (const { kind, who } of actions) {
          const userId = people[who]!.id;
          const live = db.select().from(registrations).where(eq(registrations.userId, userId)).all().some((r) => r.status !== "cancelled");
          if (kind === "register" && !live) register(db, { meetingId: meeting.id, userId });
          if (kind === "cancel" && live) cancelRegistration(db, { meetingId: meeting.id, userId });
          if (kind === "move") {
            shift += 1;
            changeMeetingTimeOrPlace(db, { meetingId: meeting.id, actor: "operator", startsAt: new Date(meeting.startsAt.getTime() + shift * HOUR), endsAt: new Date(meeting.endsAt.getTime() + shift * HOUR) });
          }
        }
        if (cancelAtEnd) cancelMeetingByIrev(db, { meetingId: meeting.id, actor: "operator", reason: "Annulation" });

        for (const person of people) {
          const calendars = mailsTo(db, person.email).flatMap((m) => (m.calendar ? [m.calendar] : []));
          for (let i = 1; i < calendars.length; i += 1) expect(calendars[i]!.sequence).toBeGreaterThan(calendars[i - 1]!.sequence);
          const holdsSeat = db.select().from(registrations).where(eq(registrations.userId, person.id)).all().some((r) => r.status === "confirmed");
          const last = calendars.at(-1)?.method;
          if (holdsSeat && !cancelAtEnd) expect(last).toBe("REQUEST");
          else expect(last === undefined || last === "CANCEL").toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
