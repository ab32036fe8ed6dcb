import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { registrantInvitation } from "@/lib/calendar/invitation";
import { enqueueEmail } from "@/lib/mail/outbox";
import { accountInvitationEmail } from "@/lib/mail/templates/account";
import {
  registrationApprovedEmail,
  registrationRefusedEmail,
  registrationWaitlistedEmail,
  waitlistPromotedEmail,
} from "@/lib/mail/templates/meetings";
import { organisations } from "@/lib/organisations/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { nameColumns, type PersonName } from "@/lib/people/names";
import { issuePasswordLink } from "@/lib/people/password-reset";
import { users } from "@/lib/people/schema";
import { readSettings } from "@/lib/settings/queries";
import { parseAnswers } from "./answers";
import { unusedRegistrationCode } from "./code";
import { isLiveRegistration, registrations } from "./schema";
import {
  cancelRegistration,
  changeStatus,
  countByStatus,
  hasFreeSeat,
  loadMeeting,
  RECIPIENT,
  type Registration,
} from "./service";

/*
 * What IREV staff do to the registrations of a meeting. Each change runs in one IMMEDIATE transaction, like a
 * member's registration, and decides seats with the same rule (hasFreeSeat): capacity stays exact whatever staff
 * and members do at once. The staff role is read from the database inside the transaction; every change is audited.
 */

export type Meeting = ReturnType<typeof loadMeeting>;

/** How long the invitation of an account staff created lets its owner choose a password. */
export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

function staffChange<T>(db: Db, actor: Actor, meetingId: string, change: (tx: Tx, actorId: string | null, meeting: Meeting) => T): T {
  const result = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      return change(tx, actorId, loadMeeting(tx, meetingId));
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meeting(meetingId)]);
  return result;
}

/** The registrations of this meeting with these ids, all in one of `statuses`; any other is refused before a change. */
function registrationsOf(tx: Tx, meeting: Meeting, ids: string[], statuses: Registration["status"][], refusal: string): Registration[] {
  const found = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meeting.id), inArray(registrations.id, ids)))
    .all();
  if (found.length !== new Set(ids).size || found.some((registration) => !statuses.includes(registration.status))) {
    throw new DomainError("conflict", refusal);
  }
  return ids.filter((id, i) => ids.indexOf(id) === i).map((id) => found.find((registration) => registration.id === id)!);
}

function recipient(tx: Tx, userId: string) {
  return tx.select(RECIPIENT).from(users).where(eq(users.id, userId)).get()!;
}

/** Makes room at `position` of the waitlist, pushing everyone from there down one place. */
function openWaitlistAt(tx: Tx, meetingId: string, position: number): void {
  tx.update(registrations)
    .set({ waitlistPosition: sql`${registrations.waitlistPosition} + 1` })
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, "waitlisted"), gte(registrations.waitlistPosition, position)))
    .run();
}

type Placement = { status: "confirmed"; overCapacity: boolean } | { status: "waitlisted"; waitlistPosition: number };

/**
 * Where staff's "yes" puts someone: a free seat; otherwise, beyond the capacity when staff ticked "au-delà de la
 * jauge" (recorded as such); otherwise at the head of the waitlist, after those put there by the same action.
 */
function placeApproved(tx: Tx, meeting: Meeting, overCapacity: boolean, headTaken: number): Placement {
  if (hasFreeSeat(tx, meeting)) return { status: "confirmed", overCapacity: false };
  if (overCapacity) return { status: "confirmed", overCapacity: true };
  const waitlistPosition = headTaken + 1;
  openWaitlistAt(tx, meeting.id, waitlistPosition);
  return { status: "waitlisted", waitlistPosition };
}

/** Tells the person where staff's "yes" put them: their seat (with the calendar invitation), or their waitlist rank. */
function tellPlacement(tx: Tx, meeting: Meeting, registration: Registration, now: Date): void {
  const person = recipient(tx, registration.userId);
  const identity = readSettings(tx).identity;
  enqueueEmail(
    tx,
    registration.status === "confirmed"
      ? registrationApprovedEmail(identity, person, meeting, registration.code, registrantInvitation(tx, { meeting, registration, attendee: person, method: "REQUEST", now }))
      : registrationWaitlistedEmail(identity, person, meeting, registration.waitlistPosition ?? 1),
  );
}

export type Approval = { confirmed: number; overCapacity: number; waitlisted: number };

/**
 * Approves pending requests, one or many in one transaction: each takes a free seat, or goes beyond the capacity
 * when `overCapacity` is ticked, or else to the head of the waitlist (in the order given). Each person is e-mailed.
 */
export function approveRegistrations(db: Db, actor: Actor, input: { meetingId: string; registrationIds: string[]; overCapacity?: boolean; now?: Date }): Approval {
  const now = input.now ?? new Date();
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => {
    const pending = registrationsOf(tx, meeting, input.registrationIds, ["pending_approval"], "Une de ces demandes n'est plus en attente de validation : la liste a été mise à jour.");
    const outcome: Approval = { confirmed: 0, overCapacity: 0, waitlisted: 0 };
    for (const request of pending) {
      const placement = placeApproved(tx, meeting, input.overCapacity ?? false, outcome.waitlisted);
      const approved = tx
        .update(registrations)
        .set(
          placement.status === "confirmed"
            ? { status: "confirmed", overCapacity: placement.overCapacity, confirmedAt: now, updatedAt: now }
            : { status: "waitlisted", waitlistPosition: placement.waitlistPosition, updatedAt: now },
        )
        .where(eq(registrations.id, request.id))
        .returning()
        .get();
      if (placement.status === "waitlisted") outcome.waitlisted += 1;
      else if (placement.overCapacity) outcome.overCapacity += 1;
      else outcome.confirmed += 1;
      tellPlacement(tx, meeting, approved, now);
      recordAudit(tx, { actorId, action: "registration.approve", entityType: "registration", entityId: approved.id, details: { meetingId: meeting.id, status: approved.status, overCapacity: approved.overCapacity } });
    }
    return outcome;
  });
}

/** Refuses pending requests, one or many in one transaction, with an optional message given in the e-mail. */
export function refuseRegistrations(db: Db, actor: Actor, input: { meetingId: string; registrationIds: string[]; message?: string; now?: Date }): number {
  const now = input.now ?? new Date();
  const message = input.message?.trim() || null;
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => {
    const pending = registrationsOf(tx, meeting, input.registrationIds, ["pending_approval"], "Une de ces demandes n'est plus en attente de validation : la liste a été mise à jour.");
    for (const request of pending) {
      changeStatus(tx, request, { status: "refused" }, now);
      enqueueEmail(tx, registrationRefusedEmail(readSettings(tx).identity, recipient(tx, request.userId), meeting, message));
      recordAudit(tx, { actorId, action: "registration.refuse", entityType: "registration", entityId: request.id, details: { meetingId: meeting.id, message } });
    }
    return pending.length;
  });
}

/**
 * Gives a waitlisted person a seat before their turn: a free one, or beyond the capacity when `overCapacity` is
 * ticked; refused when the meeting is full and it is not. The person is e-mailed.
 */
export function promoteRegistration(db: Db, actor: Actor, input: { meetingId: string; registrationId: string; overCapacity?: boolean; now?: Date }): Registration {
  const now = input.now ?? new Date();
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => {
    const [waiting] = registrationsOf(tx, meeting, [input.registrationId], ["waitlisted"], "Cette personne n'est plus sur la liste d'attente : la liste a été mise à jour.");
    const free = hasFreeSeat(tx, meeting);
    if (!free && !input.overCapacity) {
      throw new DomainError("meeting_full", "La rencontre est complète : cochez « au-delà de la jauge » pour confirmer cette personne en plus des places prévues.");
    }
    const promoted = changeStatus(tx, waiting!, { status: "confirmed", confirmedAt: now, overCapacity: !free }, now);
    const person = recipient(tx, promoted.userId);
    enqueueEmail(tx, waitlistPromotedEmail(readSettings(tx).identity, person, meeting, promoted.code, registrantInvitation(tx, { meeting, registration: promoted, attendee: person, method: "REQUEST", now })));
    recordAudit(tx, { actorId, action: "registration.promote", entityType: "registration", entityId: promoted.id, details: { meetingId: meeting.id, overCapacity: promoted.overCapacity } });
    return promoted;
  });
}

/** Moves a waitlisted person up or down one place, swapping with their neighbour; returns the new position and the length. */
export function moveOnWaitlist(db: Db, actor: Actor, input: { meetingId: string; registrationId: string; direction: "up" | "down" }): { position: number; length: number } {
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => {
    const [moving] = registrationsOf(tx, meeting, [input.registrationId], ["waitlisted"], "Cette personne n'est plus sur la liste d'attente : la liste a été mise à jour.");
    const from = moving!.waitlistPosition!;
    const length = countByStatus(tx, meeting.id, "waitlisted");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 1 || to > length) throw new DomainError("conflict", input.direction === "up" ? "Cette personne est déjà en tête de la liste d'attente." : "Cette personne est déjà en fin de liste d'attente.");
    tx.update(registrations)
      .set({ waitlistPosition: from })
      .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.status, "waitlisted"), eq(registrations.waitlistPosition, to)))
      .run();
    tx.update(registrations).set({ waitlistPosition: to }).where(eq(registrations.id, moving!.id)).run();
    recordAudit(tx, { actorId, action: "registration.move", entityType: "registration", entityId: moving!.id, details: { meetingId: meeting.id, from, to } });
    return { position: to, length };
  });
}

/** Cancels someone's live registration on their behalf: the same cancellation as theirs (seat → waitlist), audited. */
export function cancelOnBehalf(db: Db, actor: Actor, input: { meetingId: string; registrationId: string; now?: Date }) {
  const registration = db
    .select({ userId: registrations.userId })
    .from(registrations)
    .where(and(eq(registrations.id, input.registrationId), eq(registrations.meetingId, input.meetingId), isLiveRegistration))
    .get();
  if (!registration) throw new DomainError("conflict", "Cette inscription est déjà annulée ou refusée : la liste a été mise à jour.");
  return cancelRegistration(db, { meetingId: input.meetingId, userId: registration.userId, now: input.now, onBehalfBy: actor });
}

/** Replaces the answers given at registration, validated against the meeting's questions like the person's own. */
export function editAnswers(db: Db, actor: Actor, input: { meetingId: string; registrationId: string; answers: Record<string, unknown>; now?: Date }): Registration {
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => {
    const [registration] = registrationsOf(tx, meeting, [input.registrationId], ["confirmed", "waitlisted", "pending_approval", "refused", "cancelled"], "Cette inscription n'existe plus.");
    const parsed = parseAnswers(meeting.questions, input.answers);
    if (!parsed.ok) throw new DomainError("validation_failed", "Certaines réponses sont à corriger.", parsed.fieldErrors);
    const changed = Object.keys({ ...registration!.answers, ...parsed.answers }).filter((key) => registration!.answers[key] !== parsed.answers[key]);
    const updated = tx.update(registrations).set({ answers: parsed.answers, updatedAt: input.now ?? new Date() }).where(eq(registrations.id, registration!.id)).returning().get();
    recordAudit(tx, { actorId, action: "registration.answers", entityType: "registration", entityId: updated.id, details: { meetingId: meeting.id, questions: changed } });
    return updated;
  });
}

export const STAFF_NOTE_MAX_LENGTH = 2000;

/** Writes the private note of IREV staff on a registration (never shown to the person, part of their data export). */
export function setStaffNote(db: Db, actor: Actor, input: { meetingId: string; registrationId: string; note: string }): Registration {
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => {
    const [registration] = registrationsOf(tx, meeting, [input.registrationId], ["confirmed", "waitlisted", "pending_approval", "refused", "cancelled"], "Cette inscription n'existe plus.");
    const note = input.note.trim().slice(0, STAFF_NOTE_MAX_LENGTH);
    const updated = tx.update(registrations).set({ staffNote: note }).where(eq(registrations.id, registration!.id)).returning().get();
    recordAudit(tx, { actorId, action: "registration.note", entityType: "registration", entityId: updated.id, details: { meetingId: meeting.id, length: note.length } });
    return updated;
  });
}

export type NewPerson = PersonName & { email: string; organisation: string };

export type NewRegistrant = { email: string; newPerson?: NewPerson; overCapacity?: boolean; walkIn?: boolean; now?: Date };

/**
 * Registers someone by hand: an existing account found by e-mail, or a new person, whose account is created
 * pending and who receives an invitation to choose a password. Staff's registration bypasses the registration
 * window and approval, not the capacity: a free seat, beyond it when `overCapacity` is ticked, or the head of the waitlist.
 */
export function addRegistrant(db: Db, actor: Actor, input: NewRegistrant & { meetingId: string }): { registration: Registration; invited: boolean } {
  return staffChange(db, actor, input.meetingId, (tx, actorId, meeting) => addRegistrantIn(tx, actorId, meeting, input));
}

/** addRegistrant's work inside a transaction the caller holds (a walk-in is registered and marked present at once). */
export function addRegistrantIn(tx: Tx, actorId: string | null, meeting: Meeting, input: NewRegistrant): { registration: Registration; invited: boolean } {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  let user = tx.select().from(users).where(eq(users.email, email)).get();
  const invited = !user;
  if (!user) {
    if (!input.newPerson) throw new DomainError("not_found", `Aucun compte n'existe avec l'adresse ${email}\u00a0: renseignez la personne pour lui en créer un.`, { email: `Aucun compte n'existe avec l'adresse ${email}.` });
    const organisation = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, input.newPerson.organisation.trim())).get();
    user = tx
      .insert(users)
      .values({
        email,
        ...nameColumns(input.newPerson),
        role: "pending",
        organisationId: organisation?.id ?? null,
        organisationOther: organisation ? null : input.newPerson.organisation.trim() || null,
      })
      .returning()
      .get();
    recordAudit(tx, { actorId, action: "user.create", entityType: "user", entityId: user.id, details: { meetingId: meeting.id } });
  }
  if (user.status !== "active") throw new DomainError("conflict", `Le compte ${email} est fermé : il ne peut pas être inscrit.`, { email: "Ce compte est fermé." });
  const existing = tx.select({ id: registrations.id }).from(registrations).where(and(eq(registrations.meetingId, meeting.id), eq(registrations.userId, user.id), isLiveRegistration)).get();
  if (existing) throw new DomainError("conflict", `${user.name} est déjà inscrit(e) à cette rencontre.`, { email: "Cette personne est déjà inscrite." });
  const placement = placeApproved(tx, meeting, input.overCapacity ?? false, 0);
  const registration = tx
    .insert(registrations)
    .values({
      meetingId: meeting.id,
      userId: user.id,
      code: unusedRegistrationCode(tx),
      walkIn: input.walkIn ?? false,
      ...(placement.status === "confirmed"
        ? { status: "confirmed" as const, overCapacity: placement.overCapacity, confirmedAt: now }
        : { status: "waitlisted" as const, waitlistPosition: placement.waitlistPosition }),
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  if (invited) {
    enqueueEmail(tx, accountInvitationEmail(readSettings(tx).identity, user, issuePasswordLink(tx, user.id, INVITATION_VALIDITY_MS, now), meeting.title));
  }
  tellPlacement(tx, meeting, registration, now);
  recordAudit(tx, {
    actorId,
    action: "registration.add",
    entityType: "registration",
    entityId: registration.id,
    details: { meetingId: meeting.id, status: registration.status, overCapacity: registration.overCapacity, invited, walkIn: registration.walkIn },
  });
  return { registration, invited };
}
