import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError } from "@/lib/errors";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { reports } from "./schema";
import { publishReport } from "./versions";

/*
 * The editorial workflow of a small team (README, « Ressources ») :
 * - a report: draft ⇄ in review → published → archived → published again. Only a reviewed report is published;
 *   withdrawing a published report archives it (its address stays fixed, it comes back with « Republier »).
 * - the next version of a published report: draft ⇄ in review → published (replacing the published text), or
 *   abandoned (its revisions stay in the history).
 * Leaving the reviewed state cancels a scheduled publication: only what was reviewed is ever published.
 */
export const REPORT_TRANSITIONS = [
  "submit",
  "return_to_draft",
  "publish",
  "archive",
  "republish",
  "submit_version",
  "return_version_to_draft",
  "publish_version",
  "discard_version",
] as const;
export type ReportTransition = (typeof REPORT_TRANSITIONS)[number];

type ReportState = Pick<typeof reports.$inferSelect, "status" | "pendingRevisionId" | "pendingStatus">;

/** The transitions this report's state allows, in the order the page offers them. */
export function availableTransitions(report: ReportState): ReportTransition[] {
  const allowed: ReportTransition[] = [];
  if (report.status === "draft") allowed.push("submit");
  if (report.status === "in_review") allowed.push("publish", "return_to_draft");
  if (report.status === "published") allowed.push("archive");
  if (report.status === "archived") allowed.push("republish");
  if (report.pendingRevisionId) {
    if (report.pendingStatus === "draft") allowed.push("submit_version");
    if (report.pendingStatus === "in_review") {
      if (report.status === "published") allowed.push("publish_version");
      allowed.push("return_version_to_draft");
    }
    allowed.push("discard_version");
  }
  return allowed;
}

/** Whether the report, or its next version, is reviewed and may be published now or at a scheduled instant. */
export function isPublishable(report: ReportState): boolean {
  const allowed = availableTransitions(report);
  return allowed.includes("publish") || allowed.includes("publish_version");
}

/** What each transition changes on the report; publications go through publishReport. Returns whether readers see a change. */
function apply(tx: Tx, reportId: string, transition: ReportTransition, now: Date): boolean {
  const set = (values: Partial<typeof reports.$inferInsert>) => tx.update(reports).set(values).where(eq(reports.id, reportId)).run();
  switch (transition) {
    case "submit":
      set({ status: "in_review" });
      return false;
    case "return_to_draft":
      set({ status: "draft", publishAt: null });
      return false;
    case "publish":
    case "publish_version":
      publishReport(tx, reportId, now);
      return true;
    case "archive":
      set({ status: "archived", publishAt: null });
      return true;
    case "republish":
      set({ status: "published" });
      return true;
    case "submit_version":
      set({ pendingStatus: "in_review" });
      return false;
    case "return_version_to_draft":
      set({ pendingStatus: "draft", publishAt: null });
      return false;
    case "discard_version":
      set({ pendingRevisionId: null, pendingStatus: null, publishAt: null });
      return false;
  }
}

/** The tags of what readers see of a report: its page, and the lists of publications (the home page among them). */
export function reportCacheTags(reportId: string): string[] {
  return [cacheTags.reports, cacheTags.report(reportId)];
}

/** Moves the report (or its next version) along the workflow, if its state allows it; audited; cached pages expired when readers see a change. */
export function transitionReport(db: Db, actor: Actor, reportId: string, transition: ReportTransition, now = new Date()) {
  const outcome = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const before = tx.select().from(reports).where(eq(reports.id, reportId)).get();
      if (!before) throw new DomainError("not_found", "Cette ressource n'existe pas.");
      if (!availableTransitions(before).includes(transition)) {
        throw new DomainError("conflict", "Cette ressource a changé d'état entre-temps : rechargez la page.");
      }
      const visible = apply(tx, reportId, transition, now);
      const after = tx.select().from(reports).where(eq(reports.id, reportId)).get()!;
      recordAudit(tx, {
        actorId,
        action: `report.${transition}`,
        entityType: "report",
        entityId: reportId,
        details: {
          title: after.title,
          before: { status: before.status, pendingStatus: before.pendingStatus },
          after: { status: after.status, pendingStatus: after.pendingStatus },
          ...(before.publishAt && !after.publishAt ? { scheduleCancelled: before.publishAt.toISOString() } : {}),
        },
      });
      return { report: after, visible };
    },
    { behavior: "immediate" },
  );
  if (outcome.visible) invalidateCache(reportCacheTags(reportId));
  return outcome.report;
}
