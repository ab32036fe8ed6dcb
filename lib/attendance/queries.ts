import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { agendaItems, meetings } from "@/lib/meetings/schema";
import { registrations } from "@/lib/registrations/schema";
import { readSettings } from "@/lib/settings/queries";
import { meetingHalfDays, type HalfDay } from "./half-days";

/**
 * A meeting's half-days as the attendance rules see them (adjusted, from the programme, or default hours); [] when
 * the meeting does not exist. `automatic`: as they would be without staff's adjustment.
 */
export function findMeetingHalfDays(db: DbOrTx, meetingId: string, { automatic = false } = {}): HalfDay[] {
  const meeting = db
    .select({ startsAt: meetings.startsAt, endsAt: meetings.endsAt, allDay: meetings.allDay, timeKnown: meetings.timeKnown, halfDays: meetings.halfDays })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .get();
  if (!meeting) return [];
  const programme = db
    .select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt, kind: agendaItems.kind })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all();
  return meetingHalfDays(automatic ? { ...meeting, halfDays: null } : meeting, programme, readSettings(db).halfDays);
}

export type AttendanceCounts = { halfDays: { key: string; present: number }[]; people: number; confirmed: number };

/**
 * The attendance recorded for a meeting: how many confirmed registrants are marked present for each of its half-days,
 * how many people attended at least one (the participants), out of how many confirmed.
 */
export function attendanceCounts(db: DbOrTx, meetingId: string): AttendanceCounts {
  const halfDays = findMeetingHalfDays(db, meetingId);
  const rows = db
    .select({ attendance: registrations.attendance })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, "confirmed")))
    .all();
  return {
    halfDays: halfDays.map((half) => ({ key: half.key, present: rows.filter((row) => row.attendance[half.key]).length })),
    people: rows.filter((row) => halfDays.some((half) => row.attendance[half.key])).length,
    confirmed: rows.length,
  };
}
