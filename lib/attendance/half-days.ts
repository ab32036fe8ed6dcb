import type { AgendaItemKind, MeetingHalfDay } from "@/lib/meetings/schema";
import type { Attendance } from "@/lib/registrations/schema";
import type { Settings } from "@/lib/settings/registry";
import { formatHourRange } from "@/lib/settings/format";
import { formatDate, parisDateKey, parisDayStart, parisInstant, parisParts } from "@/lib/time";

export type Period = "am" | "pm";

/** A half-day of a meeting, on the Paris clock: "2026-12-03:am", 09:30 to 12:30. */
export type HalfDay = { key: string; day: string; period: Period; start: string; end: string; minutes: number };

export type HalfDayMeeting = {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeKnown: boolean;
  /** Staff's adjusted half-days; null when they follow the programme or the default hours. */
  halfDays: MeetingHalfDay[] | null;
};

export type HalfDayProgrammeItem = { startsAt: Date | null; endsAt: Date | null; kind: AgendaItemKind };

export type DefaultHours = Settings["halfDays"];

const PERIOD_LABELS: Record<Period, string> = { am: "matin", pm: "après-midi" };

/** "HH:MM" → minutes after midnight. */
function minutesOf(clock: string): number {
  const [hour = 0, minute = 0] = clock.split(":").map(Number);
  return hour * 60 + minute;
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function parisClock(instant: Date): number {
  const { hour, minute } = parisParts(instant);
  return hour * 60 + minute;
}

export function halfDayKey(day: string, period: Period): string {
  return `${day}:${period}`;
}

/** "2026-12-03:pm" → its day and period; null for anything else. */
export function parseHalfDayKey(key: string): { day: string; period: Period } | null {
  const match = /^(\d{4}-\d{2}-\d{2}):(am|pm)$/.exec(key);
  return match ? { day: match[1]!, period: match[2] as Period } : null;
}

function halfDay(day: string, period: Period, start: number, end: number): HalfDay {
  return { key: halfDayKey(day, period), day, period, start: clockOf(start), end: clockOf(end), minutes: end - start };
}

/** The Paris dates a meeting covers, first to last (an all-day meeting's end is the midnight after its last day). */
function meetingDays(meeting: HalfDayMeeting): string[] {
  const dateOnly = meeting.allDay || !meeting.timeKnown;
  const last = parisDateKey(dateOnly ? new Date(meeting.endsAt.getTime() - 1) : meeting.endsAt);
  const days: string[] = [];
  for (let day = parisDateKey(meeting.startsAt), offset = 1; day <= last; offset += 1) {
    days.push(day);
    day = parisDateKey(parisDayStart(parisDateKey(meeting.startsAt), offset));
  }
  return days;
}

/**
 * Morning or afternoon: a time belongs to the morning when it comes before the middle of the default lunch break
 * (13:00 with 12:30 and 13:30).
 */
function periodOf(clock: number, hours: DefaultHours): Period {
  return clock < (minutesOf(hours.morningEnd) + minutesOf(hours.afternoonStart)) / 2 ? "am" : "pm";
}

/**
 * From the programme's timed items: each half-day runs from its first item's start to its last item's end. Pauses
 * count inside a half-day but do not stretch it (a lunch break at its edge is not attended time). An item without an
 * end ends when the next one starts, or at the default end of its half-day.
 */
function fromProgramme(items: HalfDayProgrammeItem[], hours: DefaultHours): HalfDay[] {
  const timed = items
    .filter((item): item is HalfDayProgrammeItem & { startsAt: Date } => item.startsAt !== null)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const spans = new Map<string, { day: string; period: Period; start: number; end: number }>();
  timed.forEach((item, index) => {
    if (item.kind === "pause") return;
    const day = parisDateKey(item.startsAt);
    const start = parisClock(item.startsAt);
    const period = periodOf(start, hours);
    const next = timed[index + 1];
    const fallbackEnd = next && parisDateKey(next.startsAt) === day ? parisClock(next.startsAt) : minutesOf(period === "am" ? hours.morningEnd : hours.afternoonEnd);
    const end = item.endsAt && parisDateKey(item.endsAt) === day ? parisClock(item.endsAt) : Math.max(start, fallbackEnd);
    const key = halfDayKey(day, period);
    const span = spans.get(key);
    spans.set(key, span ? { ...span, start: Math.min(span.start, start), end: Math.max(span.end, end) } : { day, period, start, end });
  });
  return [...spans.values()].map((span) => halfDay(span.day, span.period, span.start, span.end));
}

/**
 * From the default hours, clipped to the meeting's own start on its first day and end on its last day when it is a
 * timed meeting (a meeting from 9:30 to 12:00 has a morning of 9:30 to 12:00 and no afternoon).
 */
function fromDefaultHours(meeting: HalfDayMeeting, hours: DefaultHours): HalfDay[] {
  const timed = !meeting.allDay && meeting.timeKnown;
  const days = meetingDays(meeting);
  const first = days[0];
  const last = days[days.length - 1];
  const result: HalfDay[] = [];
  for (const day of days) {
    const opens = timed && day === first ? parisClock(meeting.startsAt) : 0;
    const closes = timed && day === last ? parisClock(meeting.endsAt) : 24 * 60;
    const periods: [Period, string, string][] = [
      ["am", hours.morningStart, hours.morningEnd],
      ["pm", hours.afternoonStart, hours.afternoonEnd],
    ];
    for (const [period, from, to] of periods) {
      const start = Math.max(minutesOf(from), opens);
      const end = Math.min(minutesOf(to), closes);
      if (end > start) result.push(halfDay(day, period, start, end));
    }
  }
  return result;
}

/**
 * The one rule for a meeting's half-days: staff's adjusted list when there is one, else the programme's times when
 * it has any, else the settings' default hours (two per day, clipped to a timed meeting's start and end).
 */
export function meetingHalfDays(meeting: HalfDayMeeting, programme: HalfDayProgrammeItem[], hours: DefaultHours): HalfDay[] {
  if (meeting.halfDays && meeting.halfDays.length > 0) {
    return meeting.halfDays
      .flatMap((adjusted) => {
        const parsed = parseHalfDayKey(adjusted.key);
        return parsed ? [halfDay(parsed.day, parsed.period, minutesOf(adjusted.start), minutesOf(adjusted.end))] : [];
      })
      .sort((a, b) => a.key.localeCompare(b.key));
  }
  const fromItems = fromProgramme(programme, hours);
  return (fromItems.length > 0 ? fromItems : fromDefaultHours(meeting, hours)).sort((a, b) => a.key.localeCompare(b.key));
}

/** Hours attended: the sum of the durations of the half-days marked present. */
export function attendedMinutes(halfDays: HalfDay[], attendance: Attendance): number {
  return halfDays.reduce((total, half) => total + (attendance[half.key] ? half.minutes : 0), 0);
}

/** "6 h 30", "3 h", "45 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}\u00a0min`;
  return rest === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${String(rest).padStart(2, "0")}`;
}

/** "jeudi 3 décembre 2026, matin (9 h – 12 h 30)"; `withDate: false` → "matin (9 h – 12 h 30)". */
export function formatHalfDay(half: HalfDay, { withDate = true } = {}): string {
  const hours = `${PERIOD_LABELS[half.period]} (${formatHourRange(half.start, half.end)})`;
  if (!withDate) return hours;
  const [year, month, date] = half.day.split("-").map(Number) as [number, number, number];
  return `${formatDate(parisInstant(year, month, date, 12))}, ${hours}`;
}

/**
 * The half-day staff are most likely checking people in for at this instant: the one in progress, else the next one
 * today, else the last one that ended today, else the first of the meeting.
 */
export function currentHalfDay(halfDays: HalfDay[], now: Date): HalfDay | undefined {
  const today = parisDateKey(now);
  const clock = parisClock(now);
  const todays = halfDays.filter((half) => half.day === today);
  return (
    todays.find((half) => minutesOf(half.start) <= clock && clock < minutesOf(half.end)) ??
    todays.find((half) => clock < minutesOf(half.start)) ??
    todays[todays.length - 1] ??
    halfDays[0]
  );
}
