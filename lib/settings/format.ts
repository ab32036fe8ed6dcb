import { plural } from "@/lib/format";
import { formatHourMinute } from "@/lib/time";

/** "09:00" → "9 h", "12:30" → "12 h 30". */
export function formatClockTime(value: string): string {
  const [hour = 0, minute = 0] = value.split(":").map(Number);
  return formatHourMinute(hour, minute);
}

/** "9 h – 12 h 30" */
export function formatHourRange(start: string, end: string): string {
  return `${formatClockTime(start)} – ${formatClockTime(end)}`;
}

/** "1 jour", "365 jours", "3 650 jours". */
export function formatDays(days: number): string {
  return plural(days, "jour");
}
