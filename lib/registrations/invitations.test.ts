import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { mailsTo } from "@/tests/invitations";
import { cancelRegistration, register } from "./service";

describe("calendar invitations sent with the registration e-mails", () => {
  it("attaches a REQUEST to the confirmation, none to the waitlist, and one to the promotion", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1, sequence: 2 });
    const [seated, waiting] = [insertUser(db), insertUser(db)];
    register(db, { meetingId: meeting.id, userId: seated!.id });
    register(db, { meetingId: meeting.id, userId: waiting!.id });

    expect(mailsTo(db, seated!.email)).toMatchObject([
      { kind: "registration_confirmed", calendar: { method: "REQUEST", storedMethod: "REQUEST", uid: `meeting-${meeting.id}@irev-reseau`, sequence: 2, status: "CONFIRMED" } },
    ]);
    expect(mailsTo(db, waiting!.email)).toMatchObject([{ kind: "registration_waitlisted", calendar: null }]);

    cancelRegistration(db, { meetingId: meeting.id, userId: seated!.id });
    expect(mailsTo(db, waiting!.email)[1]).toMatchObject({ kind: "waitlist_promoted", calendar: { method: "REQUEST", sequence: 2 } });
  });

  it("removes the event with a CANCEL of higher SEQUENCE when the person gives up their seat, and only then", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1 });
    const [seated, waiting] = [insertUser(db), insertUser(db)];
    register(db, { meetingId: meeting.id, userId: seated!.id });
    register(db, { meetingId: meeting.id, userId: waiting!.id });
    cancelRegistration(db, { meetingId: meeting.id, userId: seated!.id });
    expect(mailsTo(db, seated!.email).map((m) => m.calendar)).toMatchObject([
      { method: "REQUEST", sequence: 0 },
      { method: "CANCEL", storedMethod: "CANCEL", sequence: 1, status: "CANCELLED", uid: `meeting-${meeting.id}@irev-reseau` },
    ]);
    /* Leaving the waitlist: nothing was in their calendar, nothing to remove. */
    register(db, { meetingId: meeting.id, userId: seated!.id });
    cancelRegistration(db, { meetingId: meeting.id, userId: seated!.id });
    expect(mailsTo(db, seated!.email).slice(2)).toMatchObject([{ kind: "registration_waitlisted", calendar: null }, { kind: "registration_cancelled", calendar: null }]);
  });

  it("sends whoever registers again after cancelling an invitation that wins over their cancellation", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { sequence: 1 });
    const user = insertUser(db);
    for (let round = 0; round < 3; round += 1) {
      register(db, { meetingId: meeting.id, userId: user.id });
      cancelRegistration(db, { meetingId: meeting.id, userId: user.id });
    }
    register(db, { meetingId: meeting.id, userId: user.id });
    const sent = mailsTo(db, user.email).map((m) => [m.calendar!.method, m.calendar!.sequence]);
    expect(sent).toEqual([
      ["REQUEST", 1],
      ["CANCEL", 2],
      ["REQUEST", 3],
      ["CANCEL", 4],
      ["REQUEST", 5],
      ["CANCEL", 6],
      ["REQUEST", 7],
    ]);
  });
});
