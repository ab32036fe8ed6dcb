import { plural } from "@/lib/format";

export type ReportedAttendance = { endsAt: Date; reportedAttendance: number | null; reportedAttendanceLabel: string | null };

/**
 * The participation a past meeting's page shows. Staff's figure wins when they entered one (as worded in the
 * report, "plus de 330 personnes", else their number); otherwise the attendance recorded at the door or from the
 * sheet: the people present at least one half-day ("32 participants"). Nothing before the meeting has ended, nor
 * when nobody was recorded.
 */
export function participationLabel(meeting: ReportedAttendance, recordedParticipants: number, now: Date): string | null {
  if (meeting.reportedAttendanceLabel) return meeting.reportedAttendanceLabel;
  const count = meeting.reportedAttendance ?? (meeting.endsAt.getTime() <= now.getTime() && recordedParticipants > 0 ? recordedParticipants : null);
  return count === null ? null : plural(count, "participant");
}
