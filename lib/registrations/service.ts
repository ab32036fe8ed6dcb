import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { registrantInvitation } from "@/lib/calendar/invitation";
import { enqueueEmail } from "@/lib/mail/outbox";
import {
  registrationCancelledEmail,
  registrationConfirmedEmail,
  registrationPendingEmail,
  registrationWaitlistedEmail,
  waitlistPromotedEmail,
} from "@/lib/mail/templates/meetings";
import { readSettings } from "@/lib/settings/queries";
import { isLiveRegistration, registrations } from "./schema";
import { parseAnswers } from "./answers";
import { unusedRegistrationCode } from "./code";
import { registrationRefusal } from "./eligibility";
import { onlineCancellationRefusal } from "./cancellation";
import { invalidateCache } from "@/lib/cache/invalidate";
import { recordAudit } from "@/lib/audit/log";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { cacheTags } from "@/lib/cache/tags";

export type Registration = typeof registrations.$inferSelect;
type Meeting = typeof meetings.$inferSelect;

const live = isLiveRegistration;

/** What an e-mail needs of the person it goes to. */
export const RECIPIENT = { email: users.email, name: users.name, givenName: users.givenName };

function liveRegistration(tx: Tx, meetingId: string, userId: string): Registration | undefined {
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.userId, userId), live))
    .get();
}

export function countByStatus(tx: Tx, meetingId: string, status: Registration["status"]): number {
  return tx
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, status)))
    .get()!.n;
}

export function loadMeeting(tx: Tx, meetingId: string): Meeting {
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  return meeting;
}

/**
 * The capacity rule, the one place it is decided: a seat is free while the confirmed registrations (those staff
 * confirmed "au-delà de la jauge" included) are fewer than the capacity. Called inside an IMMEDIATE transaction.
 */
export function hasFreeSeat(tx: Tx, meeting: Meeting): boolean {
  return meeting.capacity === null || countByStatus(tx, meeting.id, "confirmed") < meeting.capacity;
}

export type RegisterInput = {
  meetingId: string;
  userId: string;
  answers?: Record<string, unknown>;
  consent?: boolean;
  now?: Date;
};

/**
 * Registers a user: confirmed while seats are left, waitlisted when full, pending when approval is required.
 * One synchronous IMMEDIATE transaction takes the write lock before counting, so concurrent requests
 * (threads or processes) can never confirm more than the capacity. Re-submitting returns the live registration.
 */
export function register(db: Db, input: RegisterInput): { registration: Registration; created: boolean } {
  const now = input.now ?? new Date();
  const result = db.transaction(
    (tx) => {
      const meeting = loadMeeting(tx, input.meetingId);
      const user = tx.select().from(users).where(eq(users.id, input.userId)).get();
      if (!user || user.status !== "active") throw new DomainError("unauthenticated", "Connectez-vous pour vous inscrire.");

      const existing = liveRegistration(tx, meeting.id, user.id);
      if (existing) return { registration: existing, created: false };

      const refusal = registrationRefusal(meeting, user.role, now);
      if (refusal) throw refusal;
      const parsed = parseAnswers(meeting.questions, input.answers ?? {});
      if (!parsed.ok) throw new DomainError("validation_failed", "Certaines réponses sont à corriger.", parsed.fieldErrors);

      let status: Registration["status"];
      let waitlistPosition: number | null = null;
      if (meeting.approvalRequired) {
        status = "pending_approval";
      } else if (hasFreeSeat(tx, meeting)) {
        status = "confirmed";
      } else if (meeting.waitlistEnabled) {
        status = "waitlisted";
        waitlistPosition = countByStatus(tx, meeting.id, "waitlisted") + 1;
      } else {
        throw new DomainError("meeting_full", "Cette rencontre est complète et n'a pas de liste d'attente.");
      }

      const registration = tx
        .insert(registrations)
        .values({
          meetingId: meeting.id,
          userId: user.id,
          status,
          code: unusedRegistrationCode(tx),
          waitlistPosition,
          answers: parsed.answers,
          consentAt: input.consent ? now : null,
          confirmedAt: status === "confirmed" ? now : null,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      const identity = readSettings(tx).identity;
      enqueueEmail(
        tx,
        status === "confirmed"
          ? registrationConfirmedEmail(identity, user, meeting, registration.code, registrantInvitation(tx, { meeting, registration, attendee: user, method: "REQUEST", now }))
          : status === "waitlisted"
            ? registrationWaitlistedEmail(identity, user, meeting, waitlistPosition ?? 1)
            : registrationPendingEmail(identity, user, meeting),
      );
      return { registration, created: true };
    },
    { behavior: "immediate" },
  );
  /* Seats left and the waitlist are on the meeting's page and cards. */
  if (result.created) invalidateCache([cacheTags.meeting(input.meetingId)]);
  return result;
}

/** Closes the gap a waitlisted registration leaves, keeping positions 1..n contiguous. */
export function closeWaitlistGap(tx: Tx, meetingId: string, position: number): void {
  tx.update(registrations)
    .set({ waitlistPosition: sql`${registrations.waitlistPosition} - 1` })
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.status, "waitlisted"),
        gt(registrations.waitlistPosition, position),
      ),
    )
    .run();
}

/** Moves a registration off the waitlist or its seat; leaving the waitlist closes the gap behind it. */
export function changeStatus(
  tx: Tx,
  registration: Registration,
  change: { status: "confirmed" | "cancelled" | "refused"; confirmedAt?: Date; cancelledAt?: Date; overCapacity?: boolean },
  now: Date,
): Registration {
  const updated = tx
    .update(registrations)
    .set({ ...change, waitlistPosition: null, updatedAt: now })
    .where(eq(registrations.id, registration.id))
    .returning()
    .get();
  if (registration.status === "waitlisted") closeWaitlistGap(tx, registration.meetingId, registration.waitlistPosition ?? 0);
  return updated;
}

/**
 * Fills free seats from the head of the waitlist, telling each promoted person by e-mail. Runs inside the caller's
 * transaction. A meeting cancelled by IREV gives no seat: no one is promoted to it.
 */
export function promoteFromWaitlist(tx: Tx, meeting: Meeting, now: Date): Registration[] {
  const promoted: Registration[] = [];
  if (meeting.status === "cancelled") return promoted;
  while (hasFreeSeat(tx, meeting)) {
    const next = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.status, "waitlisted")))
      .orderBy(asc(registrations.waitlistPosition), asc(registrations.createdAt))
      .get();
    if (!next) break;
    const confirmed = changeStatus(tx, next, { status: "confirmed", confirmedAt: now }, now);
    const person = tx.select(RECIPIENT).from(users).where(eq(users.id, next.userId)).get();
    if (person) {
      const calendar = registrantInvitation(tx, { meeting, registration: confirmed, attendee: person, method: "REQUEST", now });
      enqueueEmail(tx, waitlistPromotedEmail(readSettings(tx).identity, person, meeting, confirmed.code, calendar));
    }
    promoted.push(confirmed);
  }
  return promoted;
}

/** `onBehalfBy`: someone other than the person cancels (the operator today, staff later): recorded in the audit log. */
type CancelInput = { meetingId: string; userId: string; now?: Date; onBehalfBy?: Actor };
type CancelResult = { cancelled: Registration; promoted: Registration[]; wasWaitlisted: boolean; heldSeat: boolean };

/**
 * The cancellation itself, inside the caller's transaction (account deletion cancels several at once). `online`: the
 * person cancels from the site or the API, which the meeting's cancellation deadline closes.
 */
export function cancelInTransaction(tx: Tx, input: CancelInput, { online = false } = {}): CancelResult {
  const now = input.now ?? new Date();
  const meeting = loadMeeting(tx, input.meetingId);
  const registration = liveRegistration(tx, meeting.id, input.userId);
  if (!registration) throw new DomainError("not_registered", "Vous n'êtes pas inscrit(e) à cette rencontre.");
  if (meeting.startsAt.getTime() <= now.getTime()) {
    throw new DomainError("meeting_past", "Cette rencontre a déjà commencé : l'inscription ne peut plus être annulée.");
  }
  const closed = online ? onlineCancellationRefusal(meeting, readSettings(tx).identity.contactEmail, now) : null;
  if (closed) throw closed;
  const cancelled = changeStatus(tx, registration, { status: "cancelled", cancelledAt: now }, now);
  const promoted = registration.status === "confirmed" ? promoteFromWaitlist(tx, meeting, now) : [];
  return { cancelled, promoted, wasWaitlisted: registration.status === "waitlisted", heldSeat: registration.status === "confirmed" };
}

/**
 * Cancels the user's live registration and tells them by e-mail: their own until the meeting's cancellation
 * deadline, on their behalf (`onBehalfBy`) whenever before the start. When a confirmed seat frees up, the first
 * waitlisted person is promoted in the same transaction, so the seat can never be taken twice or lost.
 */
export function cancelRegistration(db: Db, input: CancelInput): CancelResult {
  const result = db.transaction(
    (tx) => {
      const result = cancelInTransaction(tx, input, { online: input.onBehalfBy === undefined });
      const meeting = loadMeeting(tx, input.meetingId);
      const person = tx.select(RECIPIENT).from(users).where(eq(users.id, input.userId)).get();
      if (person) {
        /* Only a seat put the event in their calendar: it is removed from there too. */
        const calendar = result.heldSeat
          ? registrantInvitation(tx, { meeting, registration: result.cancelled, attendee: person, method: "CANCEL", cancelsOwnRegistration: true, now: input.now })
          : undefined;
        enqueueEmail(tx, registrationCancelledEmail(readSettings(tx).identity, person, meeting, result.wasWaitlisted, calendar));
      }
      if (input.onBehalfBy) {
        const actorId = assertActorRole(tx, input.onBehalfBy, "staff");
        recordAudit(tx, { actorId, action: "registration.cancel", entityType: "registration", entityId: result.cancelled.id, details: { meetingId: meeting.id } });
      }
      return result;
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meeting(input.meetingId)]);
  return result;
}
