import { TZDate } from "@date-fns/tz";

/** The platform's one time zone: instants are stored in UTC and shown here. */
export const TIME_ZONE = "Europe/Paris";

/** The instant at which the Paris wall clock shows this date and time (month is 1-12). */
export function parisInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, 0, TIME_ZONE).getTime());
}

/** The first instant of the Paris day written `YYYY-MM-DD`, or of the day `days` later (date filters: "du… au…"). */
export function parisDayStart(day: string, days = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return parisInstant(year, month, date + days);
}

/**
 * "2027-04-01 09:30" (or "2027-04-01T09:30") read on the Paris wall clock, as an operator types it; null when it is
 * not such a date and time, or names one the clock never shows (31 April, 2:30 in the night summer time starts).
 */
export function parseParisDateTime(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const instant = parisInstant(year, month, day, hour, minute);
  const read = parisParts(instant);
  const same = read.year === year && read.month === month && read.day === day && read.hour === hour && read.minute === minute;
  return same ? instant : null;
}

type ParisParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
  weekday: "short",
});
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The Paris wall-clock reading of an instant. */
export function parisParts(instant: Date): ParisParts {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ""),
  };
}

/** Paris calendar date as YYYY-MM-DD. */
export function parisDateKey(instant: Date): string {
  const { year, month, day } = parisParts(instant);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const dateFormatter = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const shortDateFormatter = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/** "jeudi 11 mai 2017", "jeudi 1er avril 2027" */
export function formatDate(instant: Date): string {
  return dateFormatter.format(instant).replace(/^(\S+ )1 /, "$11er ");
}

const dayMonthYearFormatter = new Intl.DateTimeFormat("fr-FR", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });

/** "12 mai 2027 à 18 h", "1er mai 2027 à 9 h 30": a deadline as a sentence gives it. */
export function formatDateAtTime(instant: Date): string {
  return `${dayMonthYearFormatter.format(instant).replace(/^1 /, "1er ")} à ${formatTime(instant)}`;
}

/** "15/12/2017" */
export function formatShortDate(instant: Date): string {
  return shortDateFormatter.format(instant);
}

/** French typographic time: "9 h 30", "14 h". */
export function formatTime(instant: Date): string {
  const { hour, minute } = parisParts(instant);
  return formatHourMinute(hour, minute);
}

/** "9 h 30", "14 h": a time of day as French typography writes it. */
export function formatHourMinute(hour: number, minute: number): string {
  return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, "0")}`;
}

/** "jeudi 11 mai 2017, 9 h 30" */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)}, ${formatTime(instant)}`;
}

/** "15/12/2017 - 11:30", as the former site printed modification dates. */
export function formatStamp(instant: Date): string {
  const { hour, minute } = parisParts(instant);
  return `${formatShortDate(instant)} - ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** "15/12/2017 - 11:30:05", for logs where runs come seconds apart (Paris offsets are whole minutes: seconds are UTC's). */
export function formatStampWithSeconds(instant: Date): string {
  return `${formatStamp(instant)}:${String(instant.getUTCSeconds()).padStart(2, "0")}`;
}

/** What the span of a meeting is drawn from. */
export type MeetingSpan = { startsAt: Date; endsAt: Date; allDay: boolean; timeKnown: boolean };

/**
 * Whether a meeting is shown by its date(s) alone: all-day meetings, and meetings whose source gives no time
 * (their instants then run from Paris midnight to Paris midnight after the last day, as all-day ones).
 */
export function isDateOnly(meeting: Pick<MeetingSpan, "allDay" | "timeKnown">): boolean {
  return meeting.allDay || !meeting.timeKnown;
}

/**
 * The time span of a meeting in French, in Paris time:
 * "jeudi 11 mai 2017, 9 h 30 – 16 h 30", "du samedi 27 mars au dimanche 28 mars 2027", "jeudi 11 mai 2017"
 * when the time is not known. Date-only meetings end at Paris midnight after their last day (exclusive end).
 */
export function formatSpan(meeting: MeetingSpan): string {
  const { startsAt, endsAt } = meeting;
  if (isDateOnly(meeting)) {
    const lastDay = new Date(endsAt.getTime() - 1);
    if (parisDateKey(startsAt) === parisDateKey(lastDay)) return formatDate(startsAt);
    return `du ${formatDate(startsAt)} au ${formatDate(lastDay)}`;
  }
  if (parisDateKey(startsAt) === parisDateKey(endsAt)) {
    return `${formatDate(startsAt)}, ${formatTime(startsAt)} – ${formatTime(endsAt)}`;
  }
  return `du ${formatDateTime(startsAt)} au ${formatDateTime(endsAt)}`;
}

/** The start of the first day after the last Sunday of March (the switch to summer time) that follows `from`. */
export function nextSummerTimeChange(from: Date): { year: number; month: number; day: number } {
  let { year } = parisParts(from);
  for (;;) {
    const lastSunday = lastSundayOfMarch(year);
    if (parisInstant(year, 3, lastSunday, 3).getTime() > from.getTime()) return { year, month: 3, day: lastSunday };
    year += 1;
  }
}

function lastSundayOfMarch(year: number): number {
  const march31 = new Date(Date.UTC(year, 2, 31));
  return 31 - march31.getUTCDay();
}

const numberFormatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** "1,94 Mo", "850 Ko" — sizes the French way, in decimal units as the former site. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} octets`;
  if (bytes < 1_000_000) return `${numberFormatter.format(Math.round(bytes / 100) / 10)} Ko`;
  return `${numberFormatter.format(Math.round(bytes / 10_000) / 100)} Mo`;
}
