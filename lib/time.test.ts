import { describe, expect, it } from "vitest";
import { formatDate, formatDateAtTime, formatDateTime, formatFileSize, formatSpan, formatStamp, formatStampWithSeconds, isDateOnly, nextSummerTimeChange, parisInstant, parseParisDateTime } from "./time";

const span = (startsAt: Date, endsAt: Date, flags: { allDay?: boolean; timeKnown?: boolean } = {}) =>
  formatSpan({ startsAt, endsAt, allDay: false, timeKnown: true, ...flags });

describe("Paris time", () => {
  it("turns Paris wall-clock times into the right UTC instants on both sides of the summer-time change", () => {
    expect(parisInstant(2027, 3, 27, 9, 30).toISOString()).toBe("2027-03-27T08:30:00.000Z");
    expect(parisInstant(2027, 3, 29, 9, 30).toISOString()).toBe("2027-03-29T07:30:00.000Z");
    expect(parisInstant(2027, 10, 31, 9, 30).toISOString()).toBe("2027-10-31T08:30:00.000Z");
  });

  it("reads a date and time typed on the Paris wall clock, refusing the ones it never shows", () => {
    expect(parseParisDateTime("2027-03-27 09:30")?.toISOString()).toBe("2027-03-27T08:30:00.000Z");
    expect(parseParisDateTime("2027-03-29T09:30")?.toISOString()).toBe("2027-03-29T07:30:00.000Z");
    expect(parseParisDateTime("2027-04-31 09:30")).toBeNull();
    expect(parseParisDateTime("2027-03-28 02:30")).toBeNull();
    expect(parseParisDateTime("2027-03-28 25:00")).toBeNull();
    expect(parseParisDateTime("01/04/2027 09:30")).toBeNull();
  });

  it("writes dates and times in French", () => {
    expect(formatDateTime(parisInstant(2017, 5, 11, 9, 30))).toBe("jeudi 11 mai 2017, 9 h 30");
    expect(formatDate(parisInstant(2027, 4, 1))).toBe("jeudi 1er avril 2027");
    expect(formatDateAtTime(parisInstant(2027, 5, 12, 18))).toBe("12 mai 2027 à 18 h");
    expect(formatDateAtTime(parisInstant(2027, 5, 1, 9, 30))).toBe("1er mai 2027 à 9 h 30");
    expect(formatStamp(parisInstant(2017, 12, 15, 11, 30))).toBe("15/12/2017 - 11:30");
    expect(formatStampWithSeconds(new Date(parisInstant(2017, 12, 15, 11, 30).getTime() + 5_000))).toBe("15/12/2017 - 11:30:05");
    expect(span(parisInstant(2027, 4, 1, 9, 30), parisInstant(2027, 4, 1, 16, 30))).toBe("jeudi 1er avril 2027, 9 h 30 – 16 h 30");
  });

  it("shows all-day meetings without a time, the exclusive end excluded", () => {
    const allDay = { allDay: true };
    expect(span(parisInstant(2027, 3, 27), parisInstant(2027, 3, 29), allDay)).toBe("du samedi 27 mars 2027 au dimanche 28 mars 2027");
    expect(span(parisInstant(2027, 3, 27), parisInstant(2027, 3, 28), allDay)).toBe("samedi 27 mars 2027");
  });

  it("shows only the date of a meeting whose time is not known, never an invented hour", () => {
    /* The former site printed "02:00": midnight UTC, not a time of the meeting. */
    const unknown = { timeKnown: false };
    expect(span(parisInstant(2017, 5, 11), parisInstant(2017, 5, 12), unknown)).toBe("jeudi 11 mai 2017");
    expect(isDateOnly({ allDay: false, timeKnown: false })).toBe(true);
    expect(isDateOnly({ allDay: false, timeKnown: true })).toBe(false);
  });

  it("finds the next switch to summer time", () => {
    expect(nextSummerTimeChange(new Date("2026-11-22T10:00:00Z"))).toEqual({ year: 2027, month: 3, day: 28 });
    expect(nextSummerTimeChange(new Date("2027-03-28T12:00:00Z"))).toEqual({ year: 2028, month: 3, day: 26 });
  });

  it("writes file sizes the French way", () => {
    expect(formatFileSize(1_940_000)).toBe("1,94 Mo");
    expect(formatFileSize(2_600)).toBe("2,6 Ko");
    expect(formatFileSize(512)).toBe("512 octets");
  });
});
