import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, like, lt } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { DomainError } from "@/lib/errors";
import { attestationAvailableEmail } from "@/lib/mail/templates/meetings";
import { enqueueEmail } from "@/lib/mail/outbox";
import { MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { meetings } from "@/lib/meetings/schema";
import { formatVenue } from "@/lib/meetings/venue";
import { organisations } from "@/lib/organisations/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { fullName } from "@/lib/people/names";
import { users } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";
import { readSettings } from "@/lib/settings/queries";
import type { Settings } from "@/lib/settings/registry";
import { formatSpan, parisParts } from "@/lib/time";
import { attestations, type CertifiedHalfDay } from "./schema";
import { attendedMinutes, formatHalfDay, type HalfDay } from "./half-days";
import { findMeetingHalfDays } from "./queries";

export type Attestation = typeof attestations.$inferSelect;

/* No 0/O, 1/I/L: a code read aloud or typed from paper is not mistaken. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** An unguessable verification code, "K7QM-4PXR-9TWA" (60 bits of randomness). */
export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  const characters = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join("")).join("-");
}

/** A code as typed: upper-cased, spaces dropped, dashes put back where they belong. */
export function normaliseVerificationCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return compact.length === 12 ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` : compact;
}

/**
 * The next number of the year: "2026-0001", then "2026-0002"… Read and written in the caller's IMMEDIATE
 * transaction (the write lock is held before the read), so two issuers can never get the same number.
 */
export function nextAttestationNumber(tx: Tx, year: number): string {
  const last = tx
    .select({ number: attestations.number })
    .from(attestations)
    .where(like(attestations.number, `${year}-%`))
    .orderBy(desc(attestations.number))
    .limit(1)
    .get();
  const next = last ? Number(last.number.slice(5)) + 1 : 1;
  return `${year}-${String(next).padStart(4, "0")}`;
}

/** The half-days of a registration's attendance, as certified: label with date and hours, and duration. */
export function certifiedHalfDays(halfDays: HalfDay[], attendance: Record<string, boolean>): CertifiedHalfDay[] {
  return halfDays.filter((half) => attendance[half.key]).map((half) => ({ key: half.key, label: formatHalfDay(half), start: half.start, end: half.end, minutes: half.minutes }));
}

/** The registrations of a meeting with attendance recorded on at least one of its half-days (or only `registrationId`). */
export function attendedRegistrations(db: DbOrTx, meetingId: string, halfDays: HalfDay[], registrationId?: string) {
  return db
    .select({
      registration: registrations,
      person: { email: users.email, name: users.name, givenName: users.givenName, familyName: users.familyName },
      organisation: organisations.name,
      organisationOther: users.organisationOther,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(registrations.meetingId, meetingId), registrationId ? eq(registrations.id, registrationId) : undefined))
    .orderBy(users.sortName)
    .all()
    .filter(({ registration }) => certifiedHalfDays(halfDays, registration.attendance).length > 0);
}

export type IssueOutcome = { issued: number; updated: number; unchanged: number };

/**
 * Issues the attestations de présence of a meeting that has ended: for every registrant with attendance recorded on at least
 * one half-day (or only `registrationId`), a row in the register with everything certified copied in. A first
 * attestation gets the next number of the year and a verification code; issuing again after a correction of the
 * attendance or of the meeting updates the content and keeps both. The person is told by e-mail when their
 * attestation is new or changed. Staff only, role read in the database; one IMMEDIATE transaction, audited.
 */
export function issueAttestations(db: Db, actor: Actor, meetingId: string, { registrationId, now = new Date() }: { registrationId?: string; now?: Date } = {}): IssueOutcome {
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
      if (meeting.endsAt > now) throw new DomainError("conflict", "Les attestations se délivrent une fois la rencontre terminée.");
      const halfDays = findMeetingHalfDays(tx, meetingId);
      const settings = readSettings(tx);
      const attended = attendedRegistrations(tx, meetingId, halfDays, registrationId);
      if (registrationId && attended.length === 0) throw new DomainError("conflict", "Aucune présence n'est relevée pour cette inscription : pas d'attestation à délivrer.");
      const existing = new Map(
        tx
          .select()
          .from(attestations)
          .where(
            inArray(
              attestations.registrationId,
              attended.map(({ registration }) => registration.id),
            ),
          )
          .all()
          .map((row) => [row.registrationId, row]),
      );
      const outcome: IssueOutcome = { issued: 0, updated: 0, unchanged: 0 };
      for (const { registration, person, organisation, organisationOther } of attended) {
        const certified = certifiedHalfDays(halfDays, registration.attendance);
        const content = {
          userId: registration.userId,
          meetingId,
          participantName: fullName(person),
          organisationName: organisation ?? organisationOther,
          meetingTitle: meeting.title,
          meetingNature: MEETING_KIND_LABELS[meeting.kind],
          meetingDates: formatSpan({ ...meeting, allDay: true }),
          place: formatVenue(meeting) || "en ligne",
          halfDays: certified,
          attendedMinutes: attendedMinutes(halfDays, registration.attendance),
          signatoryName: settings.signatory.name,
          signatoryRole: settings.signatory.role,
          issuedPlace: settings.identity.city,
        };
        const previous = existing.get(registration.id);
        if (previous && JSON.stringify(Object.keys(content).map((key) => previous[key as keyof typeof content])) === JSON.stringify(Object.values(content))) {
          outcome.unchanged += 1;
          continue;
        }
        if (previous) {
          tx.update(attestations).set({ ...content, issuedAt: now, issuedById: actorId }).where(eq(attestations.id, previous.id)).run();
          outcome.updated += 1;
        } else {
          const number = nextAttestationNumber(tx, parisParts(now).year);
          tx.insert(attestations).values({ ...content, number, verificationCode: newVerificationCode(), registrationId: registration.id, issuedAt: now, issuedById: actorId }).run();
          outcome.issued += 1;
        }
        enqueueEmail(tx, attestationAvailableEmail(settings.identity, person, meeting));
      }
      recordAudit(tx, { actorId, action: "attestations.issue", entityType: "meeting", entityId: meetingId, details: { ...outcome, registrationId: registrationId ?? null } });
      return outcome;
    },
    { behavior: "immediate" },
  );
}

/** The attestations of a meeting in the register, by participant name. */
export function meetingAttestations(db: DbOrTx, meetingId: string): Attestation[] {
  return db.select().from(attestations).where(eq(attestations.meetingId, meetingId)).orderBy(attestations.participantName).all();
}

/** A person's own attestations, newest first: what Mon espace lists. */
export function attestationsOf(db: DbOrTx, userId: string): Attestation[] {
  return db.select().from(attestations).where(eq(attestations.userId, userId)).orderBy(desc(attestations.issuedAt)).all();
}

/** One attestation by number, only if it is the person's own. */
export function ownAttestation(db: DbOrTx, userId: string, number: string): Attestation | undefined {
  return db
    .select()
    .from(attestations)
    .where(and(eq(attestations.number, number), eq(attestations.userId, userId)))
    .get();
}

/** What the verification page shows for a code: the register's row, or undefined. */
export function attestationByCode(db: DbOrTx, code: string): Attestation | undefined {
  return db.select().from(attestations).where(eq(attestations.verificationCode, normaliseVerificationCode(code))).get();
}

/** Removes the register's rows issued before `before` (the retention period of the settings); returns how many. */
export function deleteAttestationsIssuedBefore(db: DbOrTx, before: Date): number {
  return db.delete(attestations).where(lt(attestations.issuedAt, before)).run().changes;
}

/**
 * The attestations of a meeting staff download (all, or the one numbered `number`), with IREV's identity to print
 * them: role read in the database, download audited.
 */
export function attestationsForStaff(db: Db, actor: Actor, meetingId: string, number?: string): { list: Attestation[]; identity: Settings["identity"] } {
  return db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const list = meetingAttestations(tx, meetingId).filter((row) => !number || row.number === number);
    recordAudit(tx, { actorId, action: "attestations.download", entityType: "meeting", entityId: meetingId, details: { numbers: list.map((row) => row.number) } });
    return { list, identity: readSettings(tx).identity };
  });
}
