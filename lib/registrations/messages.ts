import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { DomainError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/outbox";
import { staffMessageEmail } from "@/lib/mail/templates/meetings";
import type { Recipient } from "@/lib/mail/templates/render";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { users } from "@/lib/people/schema";
import { readSettings } from "@/lib/settings/queries";
import { LIVE_REGISTRATION_STATUSES, registrantMessages, registrations, type RegistrationStatus } from "./schema";
import { loadMeeting, RECIPIENT } from "./service";

/*
 * Staff write to the people registered to a meeting, all the live ones or those of some statuses: previewed first,
 * then sent through the outbox, one e-mail a person, and kept on the meeting for staff.
 */

/** The statuses ticked when the form opens: every live registration ("tous les inscrits"). */
export const DEFAULT_MESSAGE_STATUSES: readonly RegistrationStatus[] = LIVE_REGISTRATION_STATUSES;
/** The statuses written to, as the form's boxes and the list of messages sent name them. */
export const MESSAGE_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: "Confirmées",
  waitlisted: "Liste d'attente",
  pending_approval: "En attente de validation",
  refused: "Demandes refusées",
  cancelled: "Annulées",
};
export const MESSAGE_SUBJECT_MAX_LENGTH = 200;
export const MESSAGE_BODY_MAX_LENGTH = 10_000;

export type RegistrantMessageInput = { meetingId: string; statuses: RegistrationStatus[]; subject: string; body: string };

/**
 * The people a message to these statuses goes to, each once (someone who cancelled then registered again is one
 * person), by family name; only active accounts. Refused when nobody has these statuses: the one place this is decided.
 */
function recipientsOf(tx: Tx, meetingId: string, statuses: RegistrationStatus[]): Recipient[] {
  const recipients = tx
    .selectDistinct(RECIPIENT)
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), inArray(registrations.status, statuses), eq(users.status, "active")))
    .orderBy(asc(users.sortName), asc(users.email))
    .all();
  if (recipients.length === 0) {
    throw new DomainError("validation_failed", "Personne n'est inscrit avec les statuts cochés : aucun message ne peut être envoyé.", {
      statuts: "Cochez au moins un statut qui compte des inscrits.",
    });
  }
  return recipients;
}

/** What the preview was made of: sending checks it is still what the form holds, so nothing unseen goes out. */
export function messageDigest({ statuses, subject, body }: Omit<RegistrantMessageInput, "meetingId">): string {
  return createHash("sha256").update(JSON.stringify([[...statuses].sort(), subject, body])).digest("hex");
}

export type MessagePreview = { recipientCount: number; sampleName: string; subject: string; text: string; html: string; digest: string };

/** The e-mail of this message to one person: staff's words as paragraphs, the meeting's card, IREV's signature. */
function composer(tx: Tx, input: RegistrantMessageInput) {
  const identity = readSettings(tx).identity;
  const meeting = loadMeeting(tx, input.meetingId);
  return (person: Recipient) => staffMessageEmail(identity, person, { subject: input.subject, body: input.body, meeting });
}

/** The e-mail as the first recipient will receive it (each gets the same, greeted by their own name), and how many will. */
export function previewRegistrantMessage(db: Db, actor: Actor, input: RegistrantMessageInput): MessagePreview {
  return db.transaction((tx) => {
    assertActorRole(tx, actor, "staff");
    const recipients = recipientsOf(tx, input.meetingId, input.statuses);
    const email = composer(tx, input)(recipients[0]!);
    return { recipientCount: recipients.length, sampleName: recipients[0]!.name, subject: email.subject, text: email.text, html: email.html ?? "", digest: messageDigest(input) };
  });
}

/**
 * Sends the message: in one IMMEDIATE transaction, the staff role read from the database, one outbox e-mail per
 * recipient, the message kept with its statuses and count, and the sending audited.
 */
export function sendRegistrantMessage(db: Db, actor: Actor, input: RegistrantMessageInput & { now?: Date }) {
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const recipients = recipientsOf(tx, input.meetingId, input.statuses);
      const emailTo = composer(tx, input);
      for (const person of recipients) enqueueEmail(tx, emailTo(person));
      const message = tx
        .insert(registrantMessages)
        .values({
          meetingId: input.meetingId,
          authorId: actorId,
          statuses: input.statuses,
          subject: input.subject,
          body: input.body,
          recipientCount: recipients.length,
          ...(input.now ? { createdAt: input.now } : {}),
        })
        .returning()
        .get();
      recordAudit(tx, {
        actorId,
        action: "registrations.message",
        entityType: "meeting",
        entityId: input.meetingId,
        details: { messageId: message.id, statuses: input.statuses, subject: input.subject, recipientCount: recipients.length },
      });
      return message;
    },
    { behavior: "immediate" },
  );
}

/** The messages written to a meeting's registrants, the latest first, with their author's name. */
export function listRegistrantMessages(db: Db, meetingId: string) {
  return db
    .select({
      id: registrantMessages.id,
      statuses: registrantMessages.statuses,
      subject: registrantMessages.subject,
      body: registrantMessages.body,
      recipientCount: registrantMessages.recipientCount,
      createdAt: registrantMessages.createdAt,
      authorName: users.name,
    })
    .from(registrantMessages)
    .leftJoin(users, eq(users.id, registrantMessages.authorId))
    .where(eq(registrantMessages.meetingId, meetingId))
    .orderBy(desc(registrantMessages.createdAt), desc(sql`registrant_messages.rowid`))
    .all();
}
