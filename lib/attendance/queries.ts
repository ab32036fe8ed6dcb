import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { agendaItems, meetings } from "@/lib/meetings/schema";
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
