import { describe, it, expect } from "vitest";
import { parisInstant } from "@/lib/time";
import { calendarMeeting as meeting } from "@/tests/calendar";
import { meetingsToIcs, type CalendarMeeting } from "./ics";

/** Unfolds RFC 5545 continuation lines so assertions see whole properties. */
function ics(meetings: CalendarMeeting[]): string {
  return meetingsToIcs(meetings, { name: "Rencontres – IREV" }).replace(/\r\n[ \t]/g, "");
}

describe("meetingsToIcs", () => {
  it("writes summer times in Paris wall-clock time with the Europe/Paris VTIMEZONE", () => {
    const out = ics([meeting()]);
    expect(out).toContain("DTSTART;TZID=Europe/Paris:20270401T093000");
    expect(out).toContain("DTEND;TZID=Europe/Paris:20270401T163000");
    expect(out).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris[\s\S]*BEGIN:DAYLIGHT[\s\S]*BEGIN:STANDARD[\s\S]*END:VTIMEZONE/);
    expect(out).toContain("X-WR-TIMEZONE:Europe/Paris");
    expect(out).toContain("PRODID:-//IREV//irev-reseau//FR");
  });

  it("writes winter times in Paris wall-clock time too", () => {
    const out = ics([meeting({ startsAt: parisInstant(2027, 1, 14, 9, 30), endsAt: parisInstant(2027, 1, 14, 16, 30) })]);
    expect(out).toContain("DTSTART;TZID=Europe/Paris:20270114T093000");
    expect(out).toContain("DTEND;TZID=Europe/Paris:20270114T163000");
  });

  it("writes all-day meetings as Paris dates with an exclusive end, across the DST change", () => {
    // Sat 27 – Sun 28 March 2027: summer time starts in the night of the 28th.
    const out = ics([meeting({ allDay: true, startsAt: parisInstant(2027, 3, 27), endsAt: parisInstant(2027, 3, 29) })]);
    expect(out).toContain("DTSTART;VALUE=DATE:20270327");
    expect(out).toContain("DTEND;VALUE=DATE:20270329");
    expect(out).not.toContain("DTSTART;TZID");
  });

  it("writes a meeting whose time is not known as its date alone, not as a midnight event", () => {
    const out = ics([meeting({ timeKnown: false, startsAt: parisInstant(2017, 5, 11), endsAt: parisInstant(2017, 5, 12) })]);
    expect(out).toContain("DTSTART;VALUE=DATE:20170511");
    expect(out).toContain("DTEND;VALUE=DATE:20170512");
    expect(out).not.toContain("DTSTART;TZID");
  });

  it("keeps the UID stable and writes DTSTAMP in UTC", () => {
    const first = ics([meeting()]);
    const second = ics([meeting({ title: "Rencontre de réseau (modifiée)", updatedAt: new Date("2027-03-01T10:00:00Z") })]);
    expect(first).toContain("UID:meeting-m1@irev-reseau");
    expect(second).toContain("UID:meeting-m1@irev-reseau");
    expect(first).toContain("DTSTAMP:20270201T100000Z");
  });

  it("carries the meeting's SEQUENCE, so a subscribed calendar orders the versions as the invitations do", () => {
    expect(ics([meeting()])).toContain("SEQUENCE:0");
    expect(ics([meeting({ sequence: 3 })])).toContain("SEQUENCE:3");
  });

  it("links back to the meeting page and lists the venue", () => {
    const out = ics([meeting()]);
    expect(out).toMatch(/^URL;VALUE=URI:https?:\/\/\S+\/rencontres\/rencontre-de-reseau-noyon\r$/m);
    expect(out).toMatch(/DESCRIPTION:Les contrats de ville\\, bilan et perspectives\\n\\nhttps?:\/\/\S+\/rencontres\/rencontre-de-reseau-noyon/);
    expect(out).toContain("LOCATION:Hôtel de ville\\, Salle du conseil\\, Place Bertrand Labarre\\, 60400 Noyon");
  });

  it("marks cancelled meetings", () => {
    const out = ics([meeting({ status: "cancelled" })]);
    expect(out).toContain("STATUS:CANCELLED");
    expect(out).toContain("SUMMARY:Annulée – Rencontre de réseau");
    expect(ics([meeting()])).toContain("STATUS:CONFIRMED");
  });

  it("shows waitlisted registrations as tentative", () => {
    const out = ics([meeting({ registrationStatus: "waitlisted" })]);
    expect(out).toContain("STATUS:TENTATIVE");
    expect(out).toContain("liste d'attente");
  });
});
