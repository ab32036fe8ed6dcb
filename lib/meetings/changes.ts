import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { registrantInvitation } from "@/lib/calendar/invitation";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { enqueueEmail, type OutgoingEmail } from "@/lib/mail/outbox";
import { meetingCancelledEmail, meetingChangedEmail, type CalendarPart } from "@/lib/mail/templates/meetings";
import { readSettings } from "@/lib/settings/queries";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { users } from "@/lib/people/schema";
import { isLiveRegistration, registrations } from "@/lib/registrations/schema";
import { meetings } from "./schema";
import { VENUE_FIELDS, type Venue } from "./venue";

type Meeting = typeof meetings.$inferSelect;
type Registrant = { registration: typeof registrations.$inferSelect; person: { email: string; name: string; givenName: string } };

/* An emptied field clears that part of the venue. */
const venuePart = z.string().trim().max(300, "300 caractères au plus.").transform((value) => value || null).nullable();

export const meetingChangeSchema = z
  .object({
    startsAt: z.date("Indiquez une date et une heure de début valides."),
    endsAt: z.date("Indiquez une date et une heure de fin valides."),
    venueName: venuePart,
    venueRoom: venuePart,
    venueAddress: venuePart,
    venuePostcode: venuePart.refine((value) => value === null || /^\d{5}$/.test(value), "Indiquez un code postal de 5 chiffres, par exemple 60400."),
    venueCity: venuePart,
  })
  .partial()
  .strict();

export type MeetingChange = z.input<typeof meetingChangeSchema>;

export const meetingCancellationSchema = z.object({
  reason: z.string().trim().min(1, "Indiquez le motif de l'annulation : il est écrit aux inscrits.").max(1000, "1 000 caractères au plus."),
});

function validated<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: frenchZodErrors });
  if (!parsed.success) throw new DomainError("validation_failed", "Les informations saisies sont à corriger.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The meeting as IREV may still change it: it exists, is not cancelled and has not ended. */
function changeableMeeting(tx: Tx, meetingId: string, now: Date): Meeting {
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  if (meeting.status === "cancelled") throw new DomainError("meeting_cancelled", "Cette rencontre est déjà annulée.");
  if (meeting.endsAt.getTime() <= now.getTime()) throw new DomainError("meeting_past", "Cette rencontre est terminée : elle ne peut plus être modifiée ni annulée.");
  return meeting;
}

/** Everyone with a live registration: confirmed, waitlisted or awaiting approval. */
function liveRegistrants(tx: Tx, meetingId: string): Registrant[] {
  return tx
    .select({ registration: registrations, person: { email: users.email, name: users.name, givenName: users.givenName } })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), isLiveRegistration))
    .all();
}

/** Writes the e-mail to each registrant; those with a seat get `method` as the calendar part (the others have no event to update). */
function tellRegistrants(
  tx: Tx,
  meeting: Meeting,
  method: "REQUEST" | "CANCEL",
  email: (person: Registrant["person"], calendar: CalendarPart) => OutgoingEmail,
  now: Date,
): number {
  const registrants = liveRegistrants(tx, meeting.id);
  for (const { registration, person } of registrants) {
    const calendar =
      registration.status === "confirmed" ? registrantInvitation(tx, { meeting, registration, attendee: person, method, now }) : undefined;
    enqueueEmail(tx, email(person, calendar));
  }
  return registrants.length;
}

function venueOf(meeting: Venue): Venue {
  return Object.fromEntries(VENUE_FIELDS.map((field) => [field, meeting[field]])) as Venue;
}

export type MeetingChangeResult = { meeting: Meeting; timeChanged: boolean; placeChanged: boolean; notified: number };

/**
 * IREV moves a meeting or changes its place. When something actually changes, the meeting's SEQUENCE rises and
 * every registrant is told by e-mail in the same transaction; seat holders get a calendar update (REQUEST) that moves
 * the event in their calendar. New times make the meeting a timed one (no longer all-day or date-only).
 */
export function changeMeetingTimeOrPlace(
  db: Db,
  { meetingId, actor, now = new Date(), ...fields }: MeetingChange & { meetingId: string; actor: Actor; now?: Date },
): MeetingChangeResult {
  const change = validated(meetingChangeSchema, fields);
  const result = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      return changeTimeOrPlaceInTransaction(tx, { meeting: changeableMeeting(tx, meetingId, now), actorId, change, now });
    },
    { behavior: "immediate" },
  );
  if (result.timeChanged || result.placeChanged) invalidateCache([cacheTags.meetings, cacheTags.meeting(meetingId)]);
  return result;
}

/**
 * The change itself, inside the caller's transaction (the meeting form saves its other fields in the same one),
 * once the actor's role is checked and `meeting` read in that transaction. The caller expires the cache.
 */
export function changeTimeOrPlaceInTransaction(
  tx: Tx,
  { meeting, actorId, change, now }: { meeting: Meeting; actorId: string | null; change: z.output<typeof meetingChangeSchema>; now: Date },
): MeetingChangeResult {
  const startsAt = change.startsAt ?? meeting.startsAt;
  const endsAt = change.endsAt ?? meeting.endsAt;
  const newTimes = change.startsAt !== undefined || change.endsAt !== undefined;
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new DomainError("validation_failed", "La fin doit suivre le début.", { endsAt: "La fin doit être postérieure au début de la rencontre." });
  }
  if (change.startsAt && change.startsAt.getTime() <= now.getTime()) {
    throw new DomainError("validation_failed", "Le nouveau début est déjà passé.", { startsAt: "Choisissez un début à venir." });
  }
  const venue = { ...venueOf(meeting), ...Object.fromEntries(VENUE_FIELDS.filter((f) => change[f] !== undefined).map((f) => [f, change[f]])) };
  const timeChanged =
    newTimes && (startsAt.getTime() !== meeting.startsAt.getTime() || endsAt.getTime() !== meeting.endsAt.getTime() || meeting.allDay || !meeting.timeKnown);
  const placeChanged = VENUE_FIELDS.some((field) => venue[field] !== meeting[field]);
  if (!timeChanged && !placeChanged) return { meeting, timeChanged, placeChanged, notified: 0 };

  const updated = tx
    .update(meetings)
    .set({
      ...venue,
      ...(timeChanged ? { startsAt, endsAt, allDay: false, timeKnown: true } : {}),
      sequence: meeting.sequence + 1,
      updatedAt: now,
    })
    .where(eq(meetings.id, meeting.id))
    .returning()
    .get();
  const identity = readSettings(tx).identity;
  const notified = tellRegistrants(tx, updated, "REQUEST", (person, calendar) => meetingChangedEmail(identity, person, { before: meeting, after: updated }, calendar), now);
  recordAudit(tx, {
    actorId,
    action: "meeting.change",
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      ...(timeChanged ? { before: { startsAt: meeting.startsAt, endsAt: meeting.endsAt }, after: { startsAt, endsAt } } : {}),
      ...(placeChanged ? { venueBefore: venueOf(meeting), venueAfter: venueOf(updated) } : {}),
      sequence: updated.sequence,
      notified,
    },
  });
  return { meeting: updated, timeChanged, placeChanged, notified };
}

/**
 * IREV cancels a meeting: it stays listed as cancelled, its SEQUENCE rises, and every registrant is told why in the
 * same transaction; seat holders get a calendar cancellation (CANCEL) that removes the event from their calendar.
 */
export function cancelMeetingByIrev(
  db: Db,
  { meetingId, actor, now = new Date(), ...fields }: { meetingId: string; actor: Actor; reason: string; now?: Date },
): { meeting: Meeting; notified: number } {
  const { reason } = validated(meetingCancellationSchema, fields);
  const result = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const meeting = changeableMeeting(tx, meetingId, now);
      /* Cancelled meetings are shown publicly: cancelling a draft would publish it. */
      if (meeting.status === "draft") throw new DomainError("conflict", "Cette rencontre n'est pas publiée : seule une rencontre publiée peut être annulée.");
      const cancelled = tx
        .update(meetings)
        .set({ status: "cancelled", cancellationReason: reason, sequence: meeting.sequence + 1, updatedAt: now })
        .where(eq(meetings.id, meeting.id))
        .returning()
        .get();
      const identity = readSettings(tx).identity;
      const notified = tellRegistrants(tx, cancelled, "CANCEL", (person, calendar) => meetingCancelledEmail(identity, person, cancelled, reason, calendar), now);
      recordAudit(tx, { actorId, action: "meeting.cancel", entityType: "meeting", entityId: meeting.id, details: { reason, sequence: cancelled.sequence, notified } });
      return { meeting: cancelled, notified };
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meetings, cacheTags.meeting(meetingId)]);
  return result;
}
