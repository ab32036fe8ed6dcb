import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { icsEvents, icsLine, icsValue, unfoldIcs } from "@/e2e/support/ics";
import { settings } from "@/lib/settings/schema";
import { parisInstant } from "@/lib/time";
import { calendarMeeting as meeting } from "@/tests/calendar";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { meetingsToIcs } from "./ics";
import { invitationIcs, invitationSequence, registrantInvitation } from "./invitation";

const parties = {
  organizer: { name: "IREV – Réseau politique de la ville", email: "ne-pas-repondre@example.org" },
  attendee: { name: "Jeanne Dupont", email: "jeanne.dupont@example.org" },
  stamp: new Date("2027-03-01T08:00:00Z"),
};

describe("invitationSequence", () => {
  it("is the meeting's sequence, plus 2 per earlier cancelled registration, plus 1 for the person's own cancellation", () => {
    expect(invitationSequence({ meetingSequence: 0, earlierCancellations: 0, cancelsOwnRegistration: false })).toBe(0);
    expect(invitationSequence({ meetingSequence: 3, earlierCancellations: 0, cancelsOwnRegistration: false })).toBe(3);
    expect(invitationSequence({ meetingSequence: 3, earlierCancellations: 0, cancelsOwnRegistration: true })).toBe(4);
    expect(invitationSequence({ meetingSequence: 3, earlierCancellations: 1, cancelsOwnRegistration: false })).toBe(5);
    expect(invitationSequence({ meetingSequence: 3, earlierCancellations: 2, cancelsOwnRegistration: true })).toBe(8);
  });

  /*
   * What one person goes through, in any order: IREV changes the meeting (an update if they hold a seat), they
   * cancel (a CANCEL if they held one) or register again (an invitation). Every message they receive must carry a
   * higher SEQUENCE than the one before, or their mail client would ignore it.
   */
  it("rises with every message one person receives, whatever the interleaving of meeting changes and their cancellations", () => {
    const step = fc.constantFrom("meeting_changed", "cancel", "register");
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let meetingSequence = 0;
        let earlierCancellations = 0;
        let registered = true;
        const sent = [invitationSequence({ meetingSequence, earlierCancellations, cancelsOwnRegistration: false })];
        for (const s of steps) {
          if (s === "meeting_changed") {
            meetingSequence += 1;
            if (registered) sent.push(invitationSequence({ meetingSequence, earlierCancellations, cancelsOwnRegistration: false }));
          } else if (s === "cancel" && registered) {
            sent.push(invitationSequence({ meetingSequence, earlierCancellations, cancelsOwnRegistration: true }));
            earlierCancellations += 1;
            registered = false;
          } else if (s === "register" && !registered) {
            sent.push(invitationSequence({ meetingSequence, earlierCancellations, cancelsOwnRegistration: false }));
            registered = true;
          }
        }
        for (let i = 1; i < sent.length; i += 1) expect(sent[i]).toBeGreaterThan(sent[i - 1]!);
      }),
    );
  });
});

describe("invitationIcs", () => {
  it("is a REQUEST from IREV to the registrant, who accepted and is asked for no reply, with the public feed's UID", () => {
    const text = invitationIcs(meeting(), { method: "REQUEST", sequence: 4, ...parties });
    const lines = unfoldIcs(text);
    expect(lines).toContain("METHOD:REQUEST");
    const [event] = icsEvents(text);
    const [publicEvent] = icsEvents(meetingsToIcs([meeting()], { name: "Rencontres" }));
    expect(icsValue(event!, "UID")).toBe("meeting-m1@irev-reseau");
    expect(icsValue(event!, "UID")).toBe(icsValue(publicEvent!, "UID"));
    expect(icsValue(event!, "SEQUENCE")).toBe("4");
    expect(icsValue(event!, "DTSTAMP")).toBe("20270301T080000Z");
    expect(icsLine(event!, "ORGANIZER")).toBe('ORGANIZER;CN="IREV – Réseau politique de la ville":mailto:ne-pas-repondre@example.org');
    const attendee = icsLine(event!, "ATTENDEE")!;
    expect(attendee).toContain("RSVP=FALSE");
    expect(attendee).toContain("PARTSTAT=ACCEPTED");
    expect(attendee).toContain('CN="Jeanne Dupont"');
    expect(attendee.toLowerCase()).toContain("mailto:jeanne.dupont@example.org");
    expect(icsValue(event!, "STATUS")).toBe("CONFIRMED");
    expect(icsLine(event!, "DTSTART")).toBe("DTSTART;TZID=Europe/Paris:20270401T093000");
  });

  it("is a CANCEL with STATUS:CANCELLED and the same UID", () => {
    const text = invitationIcs(meeting(), { method: "CANCEL", sequence: 5, ...parties });
    expect(unfoldIcs(text)).toContain("METHOD:CANCEL");
    const [event] = icsEvents(text);
    expect(icsValue(event!, "UID")).toBe("meeting-m1@irev-reseau");
    expect(icsValue(event!, "SEQUENCE")).toBe("5");
    expect(icsValue(event!, "STATUS")).toBe("CANCELLED");
    expect(icsLine(event!, "ATTENDEE")).toContain("RSVP=FALSE");
    expect(icsLine(event!, "ATTENDEE")).not.toContain("PARTSTAT");
  });

  it("writes Paris wall-clock times on both sides of the change to summer time", () => {
    // Saturday 27 March 2027, 9 h (winter time) to Sunday 28 March, 17 h (summer time, from 2 h that night).
    const start = parisInstant(2027, 3, 27, 9, 0);
    const end = parisInstant(2027, 3, 28, 17, 0);
    expect(start.toISOString()).toBe("2027-03-27T08:00:00.000Z");
    expect(end.toISOString()).toBe("2027-03-28T15:00:00.000Z");
    const text = invitationIcs(meeting({ startsAt: start, endsAt: end }), { method: "REQUEST", sequence: 0, ...parties });
    const [event] = icsEvents(text);
    expect(icsLine(event!, "DTSTART")).toBe("DTSTART;TZID=Europe/Paris:20270327T090000");
    expect(icsLine(event!, "DTEND")).toBe("DTEND;TZID=Europe/Paris:20270328T170000");
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris[\s\S]*TZOFFSETTO:\+0200[\s\S]*TZOFFSETTO:\+0100[\s\S]*END:VTIMEZONE/);
  });
});

describe("registrantInvitation", () => {
  it("names IREV's sender from the settings as organizer and counts the person's earlier cancellations", () => {
    const db = freshDatabase();
    db.insert(settings).values({ key: "mail", value: { senderName: "IREV Hauts-de-France", senderAddress: "rencontres@irev.example", replyTo: null } }).run();
    const row = insertMeeting(db, { sequence: 3 });
    const user = insertUser(db);
    const registration = { id: "r-live", meetingId: row.id, userId: user.id };
    const invitation = registrantInvitation(db, { meeting: row, registration, attendee: user, method: "REQUEST" });
    expect(invitation.method).toBe("REQUEST");
    const [event] = icsEvents(invitation.content);
    expect(icsLine(event!, "ORGANIZER")).toBe('ORGANIZER;CN="IREV Hauts-de-France":mailto:rencontres@irev.example');
    expect(icsValue(event!, "SEQUENCE")).toBe("3");
    expect(icsLine(event!, "ATTENDEE")).toContain(`CN="${user.name}"`);
  });
});
