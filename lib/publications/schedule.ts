import { and, asc, eq, gt, isNotNull, lte } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { DomainError } from "@/lib/errors";
import { countReport, type JobReport } from "@/lib/jobs/definition";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { parseParisDateTime } from "@/lib/time";
import { reports } from "./schema";
import { publishReport } from "./versions";
import { isPublishable, reportCacheTags } from "./workflow";

function reportOf(tx: DbOrTx, reportId: string) {
  const report = tx.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) throw new DomainError("not_found", "Cette ressource n'existe pas.");
  return report;
}

/**
 * "Publier le … à …": the reviewed report, or its reviewed next version, is published by the scheduler at this Paris
 * date and time (`date` YYYY-MM-DD, `time` HH:MM), which must be in the future. Audited.
 */
export function schedulePublication(db: Db, actor: Actor, reportId: string, date: string, time: string, now = new Date()): Date {
  const at = parseParisDateTime(`${date} ${time}`);
  if (!at) throw new DomainError("validation_failed", "Indiquez une date et une heure valides.", { publishDate: "Indiquez une date et une heure de Paris qui existent, par exemple 2027-01-15 et 09:00." });
  if (at.getTime() <= now.getTime()) throw new DomainError("validation_failed", "Choisissez un instant à venir.", { publishDate: "Choisissez une date et une heure à venir." });
  db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const report = reportOf(tx, reportId);
      if (!isPublishable(report)) throw new DomainError("conflict", "Seule une version en relecture peut être programmée : envoyez-la d'abord en relecture.");
      tx.update(reports).set({ publishAt: at }).where(eq(reports.id, reportId)).run();
      recordAudit(tx, { actorId, action: "report.schedule", entityType: "report", entityId: reportId, details: { publishAt: at.toISOString(), pendingVersion: Boolean(report.pendingRevisionId) } });
    },
    { behavior: "immediate" },
  );
  /* The cached pages now expire at that instant (nextScheduledPublication): their lifetime changes. */
  invalidateCache(reportCacheTags(reportId));
  return at;
}

export function cancelScheduledPublication(db: Db, actor: Actor, reportId: string): void {
  db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const report = reportOf(tx, reportId);
      if (!report.publishAt) throw new DomainError("conflict", "Aucune publication n'est programmée pour cette ressource.");
      tx.update(reports).set({ publishAt: null }).where(eq(reports.id, reportId)).run();
      recordAudit(tx, { actorId, action: "report.unschedule", entityType: "report", entityId: reportId, details: { publishAt: report.publishAt.toISOString() } });
    },
    { behavior: "immediate" },
  );
  invalidateCache(reportCacheTags(reportId));
}

/**
 * The "publications" job: publishes every report (or next version) whose scheduled instant has come, dated at that
 * instant, and expires its cached pages. A schedule whose version left review is cancelled when it does
 * (lib/publications/workflow.ts); one found here all the same is dropped, audited. Running it twice publishes nothing twice.
 */
export function publishDueReports(db: Db, now: Date): JobReport {
  const due = db
    .select()
    .from(reports)
    .where(and(isNotNull(reports.publishAt), lte(reports.publishAt, now)))
    .orderBy(asc(reports.publishAt))
    .all();
  let published = 0;
  for (const report of due) {
    const done = db.transaction(
      (tx) => {
        const current = reportOf(tx, report.id);
        if (!current.publishAt || current.publishAt.getTime() > now.getTime()) return false;
        const at = current.publishAt;
        if (!isPublishable(current)) {
          tx.update(reports).set({ publishAt: null }).where(eq(reports.id, report.id)).run();
          recordAudit(tx, { actorId: null, action: "report.unschedule", entityType: "report", entityId: report.id, details: { publishAt: at.toISOString(), reason: "not_in_review" } });
          return false;
        }
        publishReport(tx, report.id, at);
        recordAudit(tx, { actorId: null, action: "report.publish", entityType: "report", entityId: report.id, details: { title: current.title, scheduledAt: at.toISOString(), pendingVersion: Boolean(current.pendingRevisionId) } });
        return true;
      },
      { behavior: "immediate" },
    );
    if (done) {
      published += 1;
      invalidateCache(reportCacheTags(report.id));
    }
  }
  return countReport(published, "publication programmée publiée", "publications programmées publiées", "Aucune publication programmée à publier.");
}

/** The next scheduled publication: the instant cached lists and report pages must expire at. */
export function nextScheduledPublication(db: DbOrTx, now: Date): Date | null {
  const next = db
    .select({ publishAt: reports.publishAt })
    .from(reports)
    .where(gt(reports.publishAt, now))
    .orderBy(asc(reports.publishAt))
    .limit(1)
    .get();
  return next?.publishAt ?? null;
}
