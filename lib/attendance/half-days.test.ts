import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "@/lib/settings/registry";
import { parisDayStart, parisInstant } from "@/lib/time";
import { attendedMinutes, currentHalfDay, formatDuration, formatHalfDay, meetingHalfDays, parseHalfDayKey, type HalfDayMeeting, type HalfDayProgrammeItem } from "./half-days";

const HOURS = DEFAULT_SETTINGS.halfDays;

function timed(startsAt: Date, endsAt: Date): HalfDayMeeting {
  return { startsAt, endsAt, allDay: false, timeKnown: true, halfDays: null };
}

function item(startsAt: Date | null, endsAt: Date | null, kind: HalfDayProgrammeItem["kind"] = "intervention"): HalfDayProgrammeItem {
  return { startsAt, endsAt, kind };
}

const brief = (halves: { key: string; start: string; end: string; minutes: number }[]) =>
  halves.map(({ key, start, end, minutes }) => ({ key, start, end, minutes }));

describe("meetingHalfDays", () => {
  it("takes a timed meeting's half-days from its programme, the lunch break at their edge left out", () => {
    const at = (hour: number, minute = 0) => parisInstant(2026, 12, 3, hour, minute);
    const meeting = timed(at(9), at(16, 30));
    const programme = [
      item(at(9), at(9, 30), "accueil"),
      item(at(9, 30), at(11)),
      item(at(11), at(11, 15), "pause"),
      item(at(11, 15), at(12, 30), "table_ronde"),
      item(at(12, 30), at(14), "pause"),
      item(at(14), at(15, 30), "atelier"),
      item(at(14), at(15, 30), "atelier"),
      item(at(15, 30), null, "conclusion"),
    ];
    expect(brief(meetingHalfDays(meeting, programme, HOURS))).toEqual([
      { key: "2026-12-03:am", start: "09:00", end: "12:30", minutes: 210 },
      { key: "2026-12-03:pm", start: "14:00", end: "17:00", minutes: 180 },
    ]);
  });

  it("clips the default hours to a timed meeting without programme times", () => {
    const morningOnly = timed(parisInstant(2026, 12, 3, 9, 30), parisInstant(2026, 12, 3, 12));
    expect(brief(meetingHalfDays(morningOnly, [item(null, null)], HOURS))).toEqual([{ key: "2026-12-03:am", start: "09:30", end: "12:00", minutes: 150 }]);
    const wholeDay = timed(parisInstant(2026, 12, 3, 9, 30), parisInstant(2026, 12, 3, 16, 30));
    expect(brief(meetingHalfDays(wholeDay, [], HOURS))).toEqual([
      { key: "2026-12-03:am", start: "09:30", end: "12:30", minutes: 180 },
      { key: "2026-12-03:pm", start: "13:30", end: "16:30", minutes: 180 },
    ]);
  });

  it("gives an all-day meeting of two days four half-days of default hours, across the change to summer time", () => {
    const meeting: HalfDayMeeting = { startsAt: parisDayStart("2027-03-27"), endsAt: parisDayStart("2027-03-29"), allDay: true, timeKnown: true, halfDays: null };
    const halves = meetingHalfDays(meeting, [], HOURS);
    expect(halves.map((half) => half.key)).toEqual(["2027-03-27:am", "2027-03-27:pm", "2027-03-28:am", "2027-03-28:pm"]);
    expect(attendedMinutes(halves, Object.fromEntries(halves.map((half) => [half.key, true])))).toBe(4 * 210);
  });

  it("gives a timed meeting over several days two half-days a day, from its start to its end", () => {
    const meeting = timed(parisInstant(2026, 12, 3, 14), parisInstant(2026, 12, 5, 12));
    expect(meetingHalfDays(meeting, [], HOURS).map((half) => `${half.key} ${half.start}-${half.end}`)).toEqual([
      "2026-12-03:pm 14:00-17:00",
      "2026-12-04:am 09:00-12:30",
      "2026-12-04:pm 13:30-17:00",
      "2026-12-05:am 09:00-12:00",
    ]);
  });

  it("follows staff's adjusted half-days when there are some, and ignores malformed keys", () => {
    const meeting = { ...timed(parisInstant(2026, 12, 3, 9), parisInstant(2026, 12, 3, 17)), halfDays: [
      { key: "2026-12-03:pm", start: "14:00", end: "16:00" },
      { key: "2026-12-03:am", start: "09:15", end: "12:00" },
      { key: "mardi", start: "09:00", end: "10:00" },
    ] };
    expect(brief(meetingHalfDays(meeting, [], HOURS))).toEqual([
      { key: "2026-12-03:am", start: "09:15", end: "12:00", minutes: 165 },
      { key: "2026-12-03:pm", start: "14:00", end: "16:00", minutes: 120 },
    ]);
  });

  it("reads the programme in Paris time whatever the server's zone", () => {
    const meeting = timed(parisInstant(2027, 7, 1, 13, 30), parisInstant(2027, 7, 1, 17));
    const halves = meetingHalfDays(meeting, [item(parisInstant(2027, 7, 1, 13, 30), parisInstant(2027, 7, 1, 17))], HOURS);
    expect(brief(halves)).toEqual([{ key: "2027-07-01:pm", start: "13:30", end: "17:00", minutes: 210 }]);
  });
});

describe("hours attended", () => {
  const meeting = timed(parisInstant(2026, 12, 3, 9), parisInstant(2026, 12, 3, 17));
  const halves = meetingHalfDays(meeting, [], HOURS);

  it("sums the durations of the half-days marked present", () => {
    expect(attendedMinutes(halves, { "2026-12-03:am": true, "2026-12-03:pm": false })).toBe(210);
    expect(attendedMinutes(halves, { "2026-12-03:am": true, "2026-12-03:pm": true, "2026-12-04:am": true })).toBe(420);
    expect(formatDuration(420)).toBe("7\u00a0h");
    expect(formatDuration(210)).toBe("3\u00a0h\u00a030");
    expect(formatDuration(45)).toBe("45\u00a0min");
  });

  it("names a half-day in French", () => {
    expect(formatHalfDay(halves[1]!)).toBe("jeudi 3 décembre 2026, après-midi (13 h 30 – 17 h)");
    expect(parseHalfDayKey("2026-12-03:am")).toEqual({ day: "2026-12-03", period: "am" });
    expect(parseHalfDayKey("2026-12-03:soir")).toBeNull();
  });

  it("picks the half-day in progress, else the next today, else the last today", () => {
    expect(currentHalfDay(halves, parisInstant(2026, 12, 3, 10))?.period).toBe("am");
    expect(currentHalfDay(halves, parisInstant(2026, 12, 3, 12, 45))?.period).toBe("pm");
    expect(currentHalfDay(halves, parisInstant(2026, 12, 3, 18))?.period).toBe("pm");
    expect(currentHalfDay(halves, parisInstant(2026, 11, 30, 10))?.key).toBe("2026-12-03:am");
  });
});
