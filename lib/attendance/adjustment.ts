import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { meetings, type MeetingHalfDay } from "@/lib/meetings/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { clockTime } from "@/lib/settings/registry";
import { halfDayFields } from "./fields";
import { parseHalfDayKey, type HalfDay } from "./half-days";
import { findMeetingHalfDays } from "./queries";

/**
 * The half-days the adjustment form offers: the automatic ones (programme or default hours) and those staff kept
 * with other hours, each once, in order; `kept` says whether it is in force now.
 */
export function adjustableHalfDays(db: Db, meetingId: string): (HalfDay & { kept: boolean })[] {
  const current = findMeetingHalfDays(db, meetingId);
  const automatic = findMeetingHalfDays(db, meetingId, { automatic: true });
  const byKey = new Map(automatic.map((half) => [half.key, { ...half, kept: false }]));
  for (const half of current) byKey.set(half.key, { ...half, kept: true });
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

const CLOCK = /^\d{2}:\d{2}$/;

const hoursSchema = z
  .object({ start: clockTime, end: clockTime })
  /* Compared only once both are well written: a wrong start is refused on its own. */
  .refine(({ start, end }) => !CLOCK.test(start) || !CLOCK.test(end) || end > start, { path: ["end"], message: "La fin doit venir après le début." });

/**
 * Reads the adjustment form for the offered half-days: those ticked, each with hours checked (HH:MM, end after start),
 * at least one. Refusals name the field they concern.
 */
export function parseHalfDayAdjustment(input: Record<string, string | undefined>, keys: string[]): MeetingHalfDay[] {
  const fieldErrors: Record<string, string> = {};
  const kept: MeetingHalfDay[] = [];
  for (const key of keys) {
    if (!parseHalfDayKey(key)) continue;
    const names = halfDayFields(key);
    if (!input[names.keep]) continue;
    const parsed = hoursSchema.safeParse({ start: input[names.start] ?? "", end: input[names.end] ?? "" }, { error: frenchZodErrors });
    if (parsed.success) {
      kept.push({ key, start: parsed.data.start, end: parsed.data.end });
    } else {
      for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error))) fieldErrors[names[field as "start" | "end"]] = message;
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrors);
  if (kept.length === 0) throw new DomainError("validation_failed", "Gardez au moins une demi-journée, ou revenez au calcul automatique.", { [halfDayFields(keys[0] ?? "").keep]: "Gardez au moins une demi-journée." });
  return kept.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Staff adjust a meeting's half-days (hours changed, some left out), or go back to the automatic ones (`null`). The
 * role is read in the database and the change audited with the list before and after.
 */
export function setMeetingHalfDays(db: Db, actor: Actor, meetingId: string, halfDays: MeetingHalfDay[] | null): void {
  db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const meeting = tx.select({ halfDays: meetings.halfDays }).from(meetings).where(eq(meetings.id, meetingId)).get();
    if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
    tx.update(meetings).set({ halfDays, updatedAt: new Date() }).where(eq(meetings.id, meetingId)).run();
    recordAudit(tx, { actorId, action: "meeting.half_days", entityType: "meeting", entityId: meetingId, details: { before: meeting.halfDays, after: halfDays } });
  });
}
