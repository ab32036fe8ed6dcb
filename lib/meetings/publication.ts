import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { liveRegistrationCount } from "./editing";
import { meetings } from "./schema";

type Meeting = typeof meetings.$inferSelect;
export type PublicationResult = { done: string[]; skipped: { id: string; reason: string }[] };

/** Applies `decide` to each meeting in one transaction: null means done (and `apply` is run), a string is why it is skipped. */
function forEachMeeting(
  db: Db,
  actor: Actor,
  ids: string[],
  { decide, apply, action }: { decide: (tx: Tx, meeting: Meeting) => string | null; apply: Partial<Meeting> | ((meeting: Meeting) => Partial<Meeting>); action: string },
  now: Date,
): PublicationResult {
  const result = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const found = new Map(ids.length ? tx.select().from(meetings).where(inArray(meetings.id, ids)).all().map((m) => [m.id, m]) : []);
      const outcome: PublicationResult = { done: [], skipped: [] };
      for (const id of new Set(ids)) {
        const meeting = found.get(id);
        const reason = meeting ? decide(tx, meeting) : "Cette rencontre n'existe pas.";
        if (reason || !meeting) {
          outcome.skipped.push({ id, reason: reason ?? "" });
          continue;
        }
        const change = typeof apply === "function" ? apply(meeting) : apply;
        tx.update(meetings).set({ ...change, updatedAt: now }).where(eq(meetings.id, id)).run();
        recordAudit(tx, { actorId, action, entityType: "meeting", entityId: id, details: { title: meeting.title, slug: meeting.slug } });
        outcome.done.push(id);
      }
      return outcome;
    },
    { behavior: "immediate" },
  );
  if (result.done.length > 0) invalidateCache([cacheTags.meetings, ...result.done.map((id) => cacheTags.meeting(id))]);
  return result;
}

/** Drafts become public; the first publication fixes their address (publishedAt). */
export function publishMeetings(db: Db, actor: Actor, ids: string[], now = new Date()): PublicationResult {
  return forEachMeeting(
    db,
    actor,
    ids,
    {
      decide: (_tx, meeting) => (meeting.status === "draft" ? null : meeting.status === "published" ? "Déjà publiée." : "Annulée : elle ne peut plus être publiée."),
      apply: (meeting) => ({ status: "published", publishedAt: meeting.publishedAt ?? now }),
      action: "meeting.publish",
    },
    now,
  );
}

/** Published meetings go back to draft, unless people registered: they would lose the page they signed up on. */
export function unpublishMeetings(db: Db, actor: Actor, ids: string[], now = new Date()): PublicationResult {
  return forEachMeeting(
    db,
    actor,
    ids,
    {
      decide: (tx, meeting) =>
        meeting.status !== "published"
          ? "Elle n'est pas publiée."
          : liveRegistrationCount(tx, meeting.id) > 0
            ? "Des personnes y sont inscrites : annulez-la plutôt, elles seront prévenues."
            : null,
      apply: { status: "draft" },
      action: "meeting.unpublish",
    },
    now,
  );
}
