import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError } from "@/lib/errors";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { parisDateKey, parseParisDateTime } from "@/lib/time";
import { AGENDA_ITEM_KINDS, agendaItems, meetings, speakers } from "./schema";

const DAY = 24 * 60 * 60 * 1000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const SpeakerInput = z.object({
  name: z.string().trim().min(1, { error: "Indiquez le nom de l'intervenant." }).max(200),
  function: z.string().trim().max(200),
  organisationName: z.string().trim().max(200),
});
export type SpeakerInput = z.output<typeof SpeakerInput>;

/** One programme item as staff type it: the day (YYYY-MM-DD, Paris) and times (HH:MM, Paris). */
export const AgendaItemInput = z.object({
  kind: z.enum(AGENDA_ITEM_KINDS, { error: "Choisissez le type de séquence." }),
  title: z.string().trim().min(1, { error: "Indiquez le titre de la séquence." }).max(300, { error: "Le titre fait 300 caractères au plus." }),
  description: z.string().trim().max(5000, { error: "La description fait 5 000 caractères au plus." }),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Choisissez le jour de la séquence." }),
  start: z.string().regex(TIME, { error: "Indiquez l'heure de début au format 09:30." }),
  end: z.union([z.literal(""), z.string().regex(TIME, { error: "Indiquez l'heure de fin au format 11:00, ou laissez vide." })]),
  speakers: z.array(SpeakerInput).max(50),
});
export type AgendaItemInput = z.output<typeof AgendaItemInput>;

export type AgendaItem = typeof agendaItems.$inferSelect;
export type Speaker = typeof speakers.$inferSelect;
export type ProgrammeItem = AgendaItem & { speakers: Speaker[] };

/** The Paris days a meeting covers (YYYY-MM-DD), first to last: the days its items may fall on. */
export function meetingDays(meeting: { startsAt: Date; endsAt: Date }): string[] {
  const last = parisDateKey(new Date(Math.max(meeting.startsAt.getTime(), meeting.endsAt.getTime() - 1)));
  const days = [parisDateKey(meeting.startsAt)];
  /* Noon steps never skip a day across a daylight-saving change. */
  for (let at = meeting.startsAt.getTime() + DAY / 2; days.at(-1)! < last; at += DAY / 2) {
    const key = parisDateKey(new Date(at));
    if (key !== days.at(-1)) days.push(key);
  }
  return days;
}

/** A meeting's programme in order, each item with its speakers in order. */
export function listProgramme(db: Db, meetingId: string): ProgrammeItem[] {
  const items = db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)).all();
  const itemSpeakers =
    items.length === 0
      ? []
      : db
          .select()
          .from(speakers)
          .where(
            inArray(
              speakers.agendaItemId,
              items.map((item) => item.id),
            ),
          )
          .orderBy(asc(speakers.position))
          .all();
  return items.map((item) => ({ ...item, speakers: itemSpeakers.filter((speaker) => speaker.agendaItemId === item.id) }));
}

function meetingOf(tx: DbOrTx, meetingId: string) {
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe plus.");
  return meeting;
}

function itemOf(tx: DbOrTx, itemId: string): AgendaItem {
  const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
  if (!item) throw new DomainError("not_found", "Cette séquence n'existe plus : rechargez la page.");
  return item;
}

/** The item's instants from its day and times; the day must be one of the meeting's, the end after the start. */
function itemTimes(meeting: { startsAt: Date; endsAt: Date }, input: AgendaItemInput): { startsAt: Date; endsAt: Date | null } {
  if (!meetingDays(meeting).includes(input.day)) throw new DomainError("validation_failed", "Choisissez un des jours de la rencontre.", { day: "Choisissez un des jours de la rencontre." });
  const startsAt = parseParisDateTime(`${input.day} ${input.start}`);
  if (!startsAt) throw new DomainError("validation_failed", "Cette heure n'existe pas ce jour-là.", { start: "Cette heure n'existe pas ce jour-là (changement d'heure) : choisissez-en une autre." });
  if (input.end === "") return { startsAt, endsAt: null };
  const endsAt = parseParisDateTime(`${input.day} ${input.end}`);
  if (!endsAt || endsAt <= startsAt) throw new DomainError("validation_failed", "La fin doit suivre le début.", { end: "L'heure de fin doit être après l'heure de début." });
  return { startsAt, endsAt };
}

/** The ids of a meeting's items in programme order. */
function itemOrder(tx: DbOrTx, meetingId: string): string[] {
  return tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all()
    .map((row) => row.id);
}

/** Positions 0…n-1 in this order: the one rule that keeps a programme contiguous. */
function renumber(tx: DbOrTx, order: string[]): void {
  order.forEach((id, position) => tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, id)).run());
}

function writeSpeakers(tx: DbOrTx, itemId: string, list: SpeakerInput[]): void {
  tx.delete(speakers).where(eq(speakers.agendaItemId, itemId)).run();
  list.forEach((speaker, position) =>
    tx
      .insert(speakers)
      .values({ agendaItemId: itemId, position, name: speaker.name, function: speaker.function || null, organisationName: speaker.organisationName || null })
      .run(),
  );
}

/**
 * Adds an item at the end of the programme (`itemId` null) or rewrites one, with its speakers in the given order.
 * Items may share a time slot (parallel workshops).
 */
export function saveAgendaItem(db: Db, actor: Actor, meetingId: string, itemId: string | null, input: AgendaItemInput): AgendaItem {
  const item = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const meeting = meetingOf(tx, meetingId);
    const times = itemTimes(meeting, input);
    const fields = { kind: input.kind, title: input.title, description: input.description, ...times };
    let saved: AgendaItem;
    if (itemId) {
      const existing = itemOf(tx, itemId);
      if (existing.meetingId !== meetingId) throw new DomainError("not_found", "Cette séquence n'existe plus : rechargez la page.");
      saved = tx.update(agendaItems).set(fields).where(eq(agendaItems.id, itemId)).returning().get();
    } else {
      const order = itemOrder(tx, meetingId);
      saved = tx.insert(agendaItems).values({ meetingId, position: order.length, ...fields }).returning().get();
      renumber(tx, [...order, saved.id]);
    }
    writeSpeakers(tx, saved.id, input.speakers);
    recordAudit(tx, {
      actorId,
      action: itemId ? "agenda_item.update" : "agenda_item.create",
      entityType: "meeting",
      entityId: meetingId,
      details: { itemId: saved.id, title: saved.title, speakers: input.speakers.length },
    });
    return saved;
  });
  invalidateCache([cacheTags.meeting(meetingId)]);
  return item;
}

export type MoveOutcome = { title: string; position: number; total: number };

/** Swaps an item with its neighbour; positions stay 0…n-1. The outcome is what to announce (1-based position). */
export function moveAgendaItem(db: Db, actor: Actor, itemId: string, direction: "up" | "down"): MoveOutcome & { meetingId: string } {
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const item = itemOf(tx, itemId);
    const order = itemOrder(tx, item.meetingId);
    const from = order.indexOf(itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) throw new DomainError("conflict", `« ${item.title} » est déjà en position ${from + 1} sur ${order.length}.`);
    [order[from], order[to]] = [order[to]!, order[from]!];
    renumber(tx, order);
    recordAudit(tx, { actorId, action: "agenda_item.move", entityType: "meeting", entityId: item.meetingId, details: { itemId, title: item.title, position: to + 1 } });
    return { meetingId: item.meetingId, title: item.title, position: to + 1, total: order.length };
  });
  invalidateCache([cacheTags.meeting(outcome.meetingId)]);
  return outcome;
}

/** Removes an item and its speakers; the items after it move up one place. */
export function deleteAgendaItem(db: Db, actor: Actor, itemId: string): AgendaItem {
  const item = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const removed = itemOf(tx, itemId);
    tx.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
    renumber(tx, itemOrder(tx, removed.meetingId));
    recordAudit(tx, { actorId, action: "agenda_item.delete", entityType: "meeting", entityId: removed.meetingId, details: { itemId, title: removed.title } });
    return removed;
  });
  invalidateCache([cacheTags.meeting(item.meetingId)]);
  return item;
}
