import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { liveRegistrationCount } from "@/lib/registrations/queries";
import { meetings } from "./schema";

/** At most this many meetings in one bulk action: a page of the staff list holds fewer. */
export const MAX_BULK_MEETINGS = 100;

export const meetingIdsSchema = z
  .array(z.string().trim().min(1))
  .min(1, "Sélectionnez au moins une rencontre.")
  .max(MAX_BULK_MEETINGS, `${MAX_BULK_MEETINGS} rencontres au plus à la fois.`)
  .transform((ids) => [...new Set(ids)]);

export type PublicationChange = "publish" | "unpublish";

/** Why a selected meeting was left as it was. */
export type PublicationSkipReason = "not_found" | "cancelled" | "already_published" | "already_draft" | "live_registrations";

export type PublicationOutcome = {
  /** The meetings whose status changed, in the order of the selection. */
  changed: { id: string; title: string; slug: string }[];
  /** The meetings left as they were, each with its reason in French. */
  skipped: { id: string; title: string | null; reason: PublicationSkipReason; message: string }[];
};

type Meeting = typeof meetings.$inferSelect;

/** The one rule of publication: what a change does to one meeting, or why it leaves it alone. */
function refusalOf(tx: Tx, meeting: Meeting, change: PublicationChange): Omit<PublicationOutcome["skipped"][number], "id" | "title"> | null {
  if (meeting.status === "cancelled") {
    return { reason: "cancelled", message: "annulée, elle reste affichée comme telle (ni publiée ni dépubliée)." };
  }
  if (change === "publish") {
    return meeting.status === "published" ? { reason: "already_published", message: "déjà publiée." } : null;
  }
  if (meeting.status === "draft") return { reason: "already_draft", message: "déjà en brouillon." };
  const live = liveRegistrationCount(tx, meeting.id);
  if (live > 0) {
    const people = live === 1 ? "1 inscription en cours" : `${live.toLocaleString("fr-FR")} inscriptions en cours`;
    return { reason: "live_registrations", message: `${people}, la dépublier la cacherait à ses inscrits (annulez-la plutôt).` };
  }
  return null;
}

function changePublication(db: Db, actor: Actor, ids: readonly string[], change: PublicationChange, now: Date): PublicationOutcome {
  const parsed = meetingIdsSchema.safeParse(ids, { error: frenchZodErrors });
  if (!parsed.success) throw new DomainError("validation_failed", parsed.error.issues[0]!.message, fieldErrorsOf(parsed.error, "ids"));
  const selection = parsed.data;
  const outcome = db.transaction(
    (tx): PublicationOutcome => {
      const actorId = assertActorRole(tx, actor, "staff");
      const found = new Map(tx.select().from(meetings).where(inArray(meetings.id, selection)).all().map((m) => [m.id, m]));
      const result: PublicationOutcome = { changed: [], skipped: [] };
      for (const id of selection) {
        const meeting = found.get(id);
        if (!meeting) {
          result.skipped.push({ id, title: null, reason: "not_found", message: "cette rencontre n'existe plus." });
          continue;
        }
        const refusal = refusalOf(tx, meeting, change);
        if (refusal) {
          result.skipped.push({ id, title: meeting.title, ...refusal });
          continue;
        }
        const firstPublication = change === "publish" && meeting.publishedAt === null;
        tx.update(meetings)
          .set({ status: change === "publish" ? "published" : "draft", ...(firstPublication ? { publishedAt: now } : {}), updatedAt: now })
          .where(eq(meetings.id, id))
          .run();
        recordAudit(tx, {
          actorId,
          action: change === "publish" ? "meeting.publish" : "meeting.unpublish",
          entityType: "meeting",
          entityId: id,
          details: { title: meeting.title, slug: meeting.slug, ...(firstPublication ? { firstPublication: true } : {}) },
        });
        result.changed.push({ id, title: meeting.title, slug: meeting.slug });
      }
      return result;
    },
    { behavior: "immediate" },
  );
  if (outcome.changed.length > 0) invalidateCache([cacheTags.meetings, ...outcome.changed.map((m) => cacheTags.meeting(m.id))]);
  return outcome;
}

/**
 * Publishes these drafts in one transaction, each audited. The first publication dates the meeting (`publishedAt`):
 * from then on its slug is fixed. Meetings already published or cancelled are left alone and reported as skipped.
 */
export function publishMeetings(db: Db, actor: Actor, ids: readonly string[], now: Date = new Date()): PublicationOutcome {
  return changePublication(db, actor, ids, "publish", now);
}

/**
 * Takes these meetings back to draft in one transaction, each audited. A meeting with live registrations stays
 * published (its registrants would lose its page): it is reported as skipped, as are drafts and cancelled meetings.
 */
export function unpublishMeetings(db: Db, actor: Actor, ids: readonly string[], now: Date = new Date()): PublicationOutcome {
  return changePublication(db, actor, ids, "unpublish", now);
}

/**
 * What staff read after a bulk change: the meetings changed, then each one left alone and why. `done` is false when
 * nothing changed, so the page shows it as a refusal.
 */
export function publicationReport(outcome: PublicationOutcome, change: PublicationChange): { done: boolean; text: string } {
  const verb = change === "publish" ? "publiée" : "dépubliée";
  const names = (list: { title: string }[]) => list.map((m) => `« ${m.title} »`).join(", ");
  const sentences: string[] = [];
  if (outcome.changed.length > 0) {
    const n = outcome.changed.length;
    sentences.push(`${n.toLocaleString("fr-FR")} ${n > 1 ? `rencontres ${verb}s` : `rencontre ${verb}`} : ${names(outcome.changed)}.`);
  } else {
    sentences.push(`Aucune rencontre ${verb}.`);
  }
  for (const skip of outcome.skipped) sentences.push(`${skip.title ? `« ${skip.title} »` : "Une rencontre"} non ${verb} : ${skip.message}`);
  return { done: outcome.changed.length > 0, text: sentences.join(" ") };
}
