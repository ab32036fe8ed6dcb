import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { attachments } from "@/lib/documents/schema";
import { DomainError } from "@/lib/errors";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { parisInstant, parisParts } from "@/lib/time";
import { uniqueMeetingSlug, withoutKeys } from "./editing";
import { agendaItems, meetingPartners, meetingThemes, meetings, speakers } from "./schema";

const WEEK = 7 * 24 * 60 * 60 * 1000;

/* Dates, publication, cancellation and attendance belong to the original edition; the copy gets fresh ones. */
const NOT_COPIED = [
  "id",
  "slug",
  "status",
  "publishedAt",
  "cancellationReason",
  "sequence",
  "reportedAttendance",
  "reportedAttendanceLabel",
  "registrationOpensAt",
  "registrationClosesAt",
  "cancellationDeadline",
  "createdAt",
  "updatedAt",
] as const;

/** The same Paris wall-clock time, `weeks` weeks later (across a change of summer time too). */
function weeksLater(instant: Date, weeks: number): Date {
  const { year, month, day, hour, minute } = parisParts(instant);
  return parisInstant(year, month, day + 7 * weeks, hour, minute);
}

/** How many whole weeks move a meeting starting at `startsAt` to the future: at least one. */
export function provisionalShift(startsAt: Date, now: Date): number {
  let weeks = Math.max(1, Math.floor((now.getTime() - startsAt.getTime()) / WEEK) + 1);
  while (weeksLater(startsAt, weeks).getTime() <= now.getTime()) weeks += 1;
  return weeks;
}

/**
 * Prepares the next edition of a meeting: a draft "<titre> (copie)" with everything but its dates, registrations,
 * attendance and reported attendance. It gets provisional dates — the same day of the week and times, the first
 * week to come — and its programme keeps its times relative to them; staff then set the real dates.
 */
export function duplicateMeeting(db: Db, actor: Actor, meetingId: string, now = new Date()) {
  const copy = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const original = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!original) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
      const weeks = provisionalShift(original.startsAt, now);
      const shift = (instant: Date | null) => instant && weeksLater(instant, weeks);
      const title = `${original.title} (copie)`;
      const kept = withoutKeys(original, NOT_COPIED);
      const created = tx
        .insert(meetings)
        .values({
          ...kept,
          title,
          slug: uniqueMeetingSlug(tx, title),
          startsAt: shift(original.startsAt)!,
          endsAt: shift(original.endsAt)!,
          /* No answers exist yet: retired questions and former wordings have no reason to follow. */
          questions: original.questions.filter((q) => !q.retired).map((question) => withoutKeys(question, ["previousLabels"])),
          status: "draft",
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();

      for (const { themeId } of tx.select().from(meetingThemes).where(eq(meetingThemes.meetingId, meetingId)).all()) {
        tx.insert(meetingThemes).values({ meetingId: created.id, themeId }).run();
      }
      for (const { organisationId } of tx.select().from(meetingPartners).where(eq(meetingPartners.meetingId, meetingId)).all()) {
        tx.insert(meetingPartners).values({ meetingId: created.id, organisationId }).run();
      }
      const items = tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)).all();
      const itemSpeakers = items.length ? tx.select().from(speakers).where(inArray(speakers.agendaItemId, items.map((i) => i.id))).all() : [];
      for (const item of items) {
        const copied = tx
          .insert(agendaItems)
          .values({ ...withoutKeys(item, ["id"]), meetingId: created.id, startsAt: shift(item.startsAt), endsAt: shift(item.endsAt) })
          .returning({ id: agendaItems.id })
          .get();
        for (const speaker of itemSpeakers.filter((s) => s.agendaItemId === item.id)) {
          tx.insert(speakers).values({ ...withoutKeys(speaker, ["id"]), agendaItemId: copied.id }).run();
        }
      }
      for (const attachment of tx.select().from(attachments).where(eq(attachments.meetingId, meetingId)).all()) {
        tx.insert(attachments).values({ ...withoutKeys(attachment, ["id"]), meetingId: created.id }).run();
      }
      recordAudit(tx, { actorId, action: "meeting.duplicate", entityType: "meeting", entityId: created.id, details: { from: meetingId, title, weeks } });
      return created;
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meetings, cacheTags.meeting(copy.id)]);
  return copy;
}
