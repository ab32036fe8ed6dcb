import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { organisations } from "@/lib/organisations/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { foldForSearch } from "@/lib/people/names";
import { users } from "@/lib/people/schema";
import { readableAnswers } from "@/lib/registrations/answers";
import { registrations, type Attendance } from "@/lib/registrations/schema";
import { loadMeeting } from "@/lib/registrations/service";
import { addRegistrantIn, type NewPerson } from "@/lib/registrations/staff";
import type { CheckInPerson } from "./check-in-search";
import { findMeetingHalfDays } from "./queries";
import { attendanceMarks, type AttendanceSource } from "./schema";

/*
 * Attendance at the door and from the paper sheet. Every mark runs in one IMMEDIATE transaction that reads the
 * staff role in the database, writes the mark to the log and the resulting state to the registration, and audits it.
 * A mark carries an idempotency key chosen by the page that made it: sent twice (a replayed offline queue, a retry
 * after a lost answer), it counts once.
 */

export type MarkInput = {
  meetingId: string;
  idempotencyKey: string;
  registrationId: string;
  halfDay: string;
  present: boolean;
  /** When staff made the mark, on the phone's clock (possibly offline). */
  markedAt: Date;
  source: AttendanceSource;
};

export type MarkOutcome = {
  registrationId: string;
  halfDay: string;
  present: boolean;
  /** The registration's presence after the mark (or as it is now, for a replay). */
  attendance: Attendance;
  /** True when this key was already recorded: nothing changed. */
  replayed: boolean;
};

/** Refuses any half-day that is not one of the meeting's. */
function assertHalfDays(tx: DbOrTx, meetingId: string, keys: string[]): void {
  const known = new Set(findMeetingHalfDays(tx, meetingId).map((half) => half.key));
  if (keys.some((key) => !known.has(key))) {
    throw new DomainError("validation_failed", "Cette demi-journée n'est pas une demi-journée de la rencontre : rechargez la page.", { halfDay: "Demi-journée inconnue pour cette rencontre." });
  }
}

function confirmedRegistration(tx: DbOrTx, meetingId: string, registrationId: string) {
  const registration = tx
    .select({ id: registrations.id, status: registrations.status, attendance: registrations.attendance })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.meetingId, meetingId)))
    .get();
  if (!registration) throw new DomainError("not_found", "Cette inscription n'existe pas pour cette rencontre.");
  if (registration.status !== "confirmed") {
    throw new DomainError("conflict", "Cette inscription n'est pas confirmée : seules les personnes confirmées sont marquées présentes. Voyez la liste des inscrits.");
  }
  return registration;
}

function withPresence(attendance: Attendance, halfDay: string, present: boolean): Attendance {
  const next = { ...attendance };
  if (present) next[halfDay] = true;
  else delete next[halfDay];
  return next;
}

/**
 * Records one mark inside the caller's transaction. The registration's state follows the latest mark by the time
 * staff made it: a phone replaying an old offline mark does not undo a newer one made on another phone.
 */
function recordMark(tx: Tx, actorId: string | null, input: MarkInput): { outcome: MarkOutcome; changed: boolean } {
  const registration = confirmedRegistration(tx, input.meetingId, input.registrationId);
  const newer = tx
    .select({ id: attendanceMarks.id })
    .from(attendanceMarks)
    .where(and(eq(attendanceMarks.registrationId, registration.id), eq(attendanceMarks.halfDay, input.halfDay), sql`${attendanceMarks.markedAt} > ${input.markedAt.getTime()}`))
    .get();
  tx.insert(attendanceMarks)
    .values({
      idempotencyKey: input.idempotencyKey,
      registrationId: registration.id,
      halfDay: input.halfDay,
      present: input.present,
      source: input.source,
      markedById: actorId,
      markedAt: input.markedAt,
    })
    .run();
  const attendance = newer ? registration.attendance : withPresence(registration.attendance, input.halfDay, input.present);
  const changed = Boolean(registration.attendance[input.halfDay]) !== Boolean(attendance[input.halfDay]);
  if (changed) tx.update(registrations).set({ attendance }).where(eq(registrations.id, registration.id)).run();
  return { outcome: { registrationId: registration.id, halfDay: input.halfDay, present: input.present, attendance, replayed: false }, changed };
}

/** The earlier result of a known idempotency key, or null; a key reused for another mark is refused. */
function earlierMark(tx: DbOrTx, input: MarkInput): MarkOutcome | null {
  const earlier = tx
    .select({ registrationId: attendanceMarks.registrationId, halfDay: attendanceMarks.halfDay, present: attendanceMarks.present, attendance: registrations.attendance, meetingId: registrations.meetingId })
    .from(attendanceMarks)
    .innerJoin(registrations, eq(registrations.id, attendanceMarks.registrationId))
    .where(eq(attendanceMarks.idempotencyKey, input.idempotencyKey))
    .get();
  if (!earlier) return null;
  if (earlier.registrationId !== input.registrationId || earlier.halfDay !== input.halfDay || earlier.present !== input.present || earlier.meetingId !== input.meetingId) {
    throw new DomainError("conflict", "Ce marquage a déjà été envoyé avec un autre contenu : rechargez la page.");
  }
  return { registrationId: earlier.registrationId, halfDay: earlier.halfDay, present: earlier.present, attendance: earlier.attendance, replayed: true };
}

/**
 * Marks a confirmed registrant present (or, with `present: false` and a new key, undoes it) for one of the meeting's
 * half-days. A known idempotency key returns the earlier result and changes nothing, even sent concurrently.
 */
export function markAttendance(db: Db, actor: Actor, input: MarkInput): MarkOutcome {
  const { outcome, changed } = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const earlier = earlierMark(tx, input);
      if (earlier) return { outcome: earlier, changed: false };
      loadMeeting(tx, input.meetingId);
      assertHalfDays(tx, input.meetingId, [input.halfDay]);
      const recorded = recordMark(tx, actorId, input);
      recordAudit(tx, {
        actorId,
        action: input.present ? "attendance.mark" : "attendance.unmark",
        entityType: "registration",
        entityId: input.registrationId,
        details: { meetingId: input.meetingId, halfDay: input.halfDay, source: input.source, markedAt: input.markedAt.toISOString() },
      });
      return recorded;
    },
    { behavior: "immediate" },
  );
  if (changed) invalidateCache([cacheTags.meeting(input.meetingId)]);
  return outcome;
}

export type WalkInInput = { meetingId: string; person: NewPerson; halfDay: string; idempotencyKey: string; now?: Date };

/**
 * Someone who turns up without registration: an existing account found by e-mail, or a new person who gets an
 * invitation (staff's "add by hand"), registered as a walk-in and confirmed even past the capacity (then recorded
 * as over capacity), and marked present for the half-day at once, all in one transaction.
 */
export function registerWalkIn(db: Db, actor: Actor, input: WalkInInput): { person: CheckInPerson; invited: boolean; overCapacity: boolean } {
  const now = input.now ?? new Date();
  const result = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const meeting = loadMeeting(tx, input.meetingId);
      assertHalfDays(tx, meeting.id, [input.halfDay]);
      const { registration, invited } = addRegistrantIn(tx, actorId, meeting, { email: input.person.email, newPerson: input.person, overCapacity: true, walkIn: true, now });
      const mark = { meetingId: meeting.id, idempotencyKey: input.idempotencyKey, registrationId: registration.id, halfDay: input.halfDay, present: true, markedAt: now, source: "door" as const };
      recordMark(tx, actorId, mark);
      recordAudit(tx, { actorId, action: "attendance.mark", entityType: "registration", entityId: registration.id, details: { meetingId: meeting.id, halfDay: input.halfDay, source: "door", walkIn: true } });
      const person = rosterQuery(tx, meeting.id).where(eq(registrations.id, registration.id)).get()!;
      return { person, invited, overCapacity: registration.overCapacity };
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meeting(input.meetingId)]);
  return result;
}

export type SheetMark = { registrationId: string; halfDay: string; present: boolean };

/**
 * Attendance entered from the signed paper sheet after the meeting: the presence of many registrants for many
 * half-days, saved in one transaction (all or nothing). Only what differs from the recorded state is written, each
 * as a mark of source "sheet"; returns how many marks changed something.
 */
export function markAttendanceFromSheet(db: Db, actor: Actor, input: { meetingId: string; marks: SheetMark[]; now?: Date }): number {
  const now = input.now ?? new Date();
  const changed = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      loadMeeting(tx, input.meetingId);
      assertHalfDays(tx, input.meetingId, input.marks.map((mark) => mark.halfDay));
      let count = 0;
      for (const mark of input.marks) {
        const registration = confirmedRegistration(tx, input.meetingId, mark.registrationId);
        if (Boolean(registration.attendance[mark.halfDay]) === mark.present) continue;
        const recorded = recordMark(tx, actorId, { ...mark, meetingId: input.meetingId, idempotencyKey: crypto.randomUUID(), markedAt: now, source: "sheet" });
        if (recorded.changed) count += 1;
      }
      recordAudit(tx, { actorId, action: "attendance.sheet", entityType: "meeting", entityId: input.meetingId, details: { changed: count } });
      return count;
    },
    { behavior: "immediate" },
  );
  if (changed > 0) invalidateCache([cacheTags.meeting(input.meetingId)]);
  return changed;
}

/* ---------- Reads ---------- */

function rosterQuery(db: DbOrTx, meetingId: string) {
  return db
    .select({
      registrationId: registrations.id,
      givenName: users.givenName,
      familyName: users.familyName,
      organisation: sql<string | null>`coalesce(${organisations.name}, ${users.organisationOther})`,
      code: registrations.code,
      walkIn: registrations.walkIn,
      attendance: registrations.attendance,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, "confirmed")))
    .$dynamic();
}

/**
 * The confirmed registrants of a meeting as the check-in page holds them (to search even offline): names,
 * organisation, code and presence, sorted by family name — never answers, e-mails or phone numbers.
 */
export function checkInRoster(db: Db, actor: Actor, meetingId: string): CheckInPerson[] {
  assertActorRole(db, actor, "staff");
  return rosterQuery(db, meetingId).orderBy(asc(users.sortName), asc(registrations.id)).all();
}

/** A question about accessibility needs, by its wording (current or former): "Besoins d'accessibilité", "Situation de handicap"… */
function isAccessibilityQuestion(label: string): boolean {
  const folded = foldForSearch(label);
  return ["accessib", "handicap", "mobilite reduite"].some((word) => folded.includes(word));
}

/** The accessibility needs one registrant gave at registration, to be shown at the door; fetched for that person only. */
export function accessibilityNeeds(db: Db, actor: Actor, meetingId: string, registrationId: string): { label: string; text: string }[] {
  assertActorRole(db, actor, "staff");
  const found = db
    .select({ answers: registrations.answers, questions: meetings.questions })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(and(eq(registrations.id, registrationId), eq(registrations.meetingId, meetingId)))
    .get();
  if (!found) throw new DomainError("not_found", "Cette inscription n'existe pas pour cette rencontre.");
  return readableAnswers(found.questions, found.answers)
    .filter((answer) => [answer.label, ...answer.previousLabels].some(isAccessibilityQuestion))
    .map((answer) => ({ label: answer.label, text: answer.text }));
}
