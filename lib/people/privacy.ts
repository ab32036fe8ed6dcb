import { and, eq, gt, ne } from "drizzle-orm";
import type { Db } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { apiTokens } from "@/lib/api-tokens/schema";
import { favourites } from "@/lib/favourites/schema";
import { meetings } from "@/lib/meetings/schema";
import { organisations } from "@/lib/organisations/schema";
import { attestationsOf } from "@/lib/attendance/attestations";
import { isLiveRegistration, registrations } from "@/lib/registrations/schema";
import { cancelInTransaction } from "@/lib/registrations/service";
import { listUserRegistrations } from "@/lib/registrations/queries";
import { listApiTokens } from "@/lib/api-tokens/service";
import { DomainError } from "@/lib/errors";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { nameColumns } from "./names";
import { accounts, sessions, users } from "./schema";

/** Everything the platform holds about a person, as they can download it (RGPD, right of access and portability). */
export function exportPersonalData(db: Db, userId: string) {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new DomainError("not_found", "Ce compte n'existe pas.");
  const organisation = user.organisationId
    ? (db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, user.organisationId)).get()?.name ?? null)
    : null;
  return {
    exported_at: new Date().toISOString(),
    profile: {
      email: user.email,
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      role: user.role,
      organisation,
      organisation_other: user.organisationOther,
      job_title: user.jobTitle,
      phone: user.phone,
      directory_consent: user.directoryConsent,
      email_verified_at: user.emailVerified?.toISOString() ?? null,
      created_at: user.createdAt.toISOString(),
    },
    registrations: listUserRegistrations(db, userId, { includeCancelled: true }).map((r) => ({
      meeting: r.meeting.title,
      meeting_starts_at: r.meeting.startsAt.toISOString(),
      code: r.code,
      status: r.status,
      waitlist_position: r.waitlistPosition,
      answers: r.answers,
      consent_at: r.consentAt?.toISOString() ?? null,
      staff_note: r.staffNote,
      registered_at: r.createdAt.toISOString(),
      cancelled_at: r.cancelledAt?.toISOString() ?? null,
    })),
    /* The register's own copy: what each attestation certified when it was issued. */
    attestations: attestationsOf(db, userId).map((a) => ({
      number: a.number,
      verification_code: a.verificationCode,
      participant: a.participantName,
      organisation: a.organisationName,
      meeting: a.meetingTitle,
      nature: a.meetingNature,
      dates: a.meetingDates,
      place: a.place,
      half_days: a.halfDays.map((half) => half.label),
      attended_minutes: a.attendedMinutes,
      issued_at: a.issuedAt.toISOString(),
      issued_place: a.issuedPlace,
    })),
    api_tokens: listApiTokens(db, userId).map((t) => ({ name: t.name, prefix: t.prefix, created_at: t.createdAt.toISOString() })),
  };
}

/**
 * Deletes an account at its owner's request: upcoming registrations are cancelled (freeing seats for the
 * waitlist), tokens and bookmarks removed, and the person's details erased. The row stays, anonymised, so past
 * attendance counts and the audit log remain coherent. All in one transaction.
 */
export function deleteAccount(db: Db, userId: string, now = new Date()): void {
  const cancelledIn = db.transaction(
    (tx) => {
      const user = tx.select().from(users).where(and(eq(users.id, userId), ne(users.status, "deleted"))).get();
      if (!user) throw new DomainError("not_found", "Ce compte n'existe pas.");
      const upcoming = tx
        .select({ meetingId: registrations.meetingId })
        .from(registrations)
        .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
        .where(and(eq(registrations.userId, userId), isLiveRegistration, gt(meetings.startsAt, now)))
        .all();
      for (const { meetingId } of upcoming) cancelInTransaction(tx, { meetingId, userId, now });
      tx.delete(apiTokens).where(eq(apiTokens.userId, userId)).run();
      tx.delete(favourites).where(eq(favourites.userId, userId)).run();
      tx.delete(sessions).where(eq(sessions.userId, userId)).run();
      tx.delete(accounts).where(eq(accounts.userId, userId)).run();
      tx.update(registrations).set({ answers: {} }).where(eq(registrations.userId, userId)).run();
      tx.update(users)
        .set({
          status: "deleted",
          email: `compte-supprime-${user.id}@invalid`,
          /* Given, family and sort names erased; only the display name says what the row is. */
          ...nameColumns({ givenName: "", familyName: "" }),
          name: "Compte supprimé",
          emailVerified: null,
          passwordHash: null,
          organisationId: null,
          organisationOther: null,
          jobTitle: null,
          phone: null,
          directoryConsent: { email: false, phone: false, jobTitle: false, organisation: false },
          calendarToken: crypto.randomUUID().replaceAll("-", ""),
        })
        .where(eq(users.id, userId))
        .run();
      recordAudit(tx, { actorId: userId, action: "user.delete", entityType: "user", entityId: userId });
      return upcoming.map(({ meetingId }) => meetingId);
    },
    { behavior: "immediate" },
  );
  /* The seats freed (and the people promoted) show on those meetings' pages. */
  invalidateCache(cancelledIn.map((meetingId) => cacheTags.meeting(meetingId)));
}
