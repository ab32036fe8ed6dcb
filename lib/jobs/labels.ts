import { formatInteger } from "@/lib/format";
import { formatDateTime } from "@/lib/time";
import { DAY, MINUTE, SECOND, type JobDefinition } from "./definition";
import type { JobStatus } from "./runner";
import type { JobOutcome } from "./schema";

export const JOB_OUTCOME_LABELS: Record<JobOutcome, string> = { running: "en cours", succeeded: "réussie", failed: "en échec" };

const UNITS = [
  { ms: DAY, one: "tous les jours", many: (n: string) => `tous les ${n} jours` },
  { ms: 60 * MINUTE, one: "toutes les heures", many: (n: string) => `toutes les ${n} heures` },
  { ms: MINUTE, one: "toutes les minutes", many: (n: string) => `toutes les ${n} minutes` },
  { ms: SECOND, one: "toutes les secondes", many: (n: string) => `toutes les ${n} secondes` },
];

/** "toutes les 5 secondes", "tous les jours"; and "dans chaque processus" for per-process jobs. */
export function describeInterval(job: Pick<JobDefinition, "intervalMs" | "scope">): string {
  const unit = UNITS.find(({ ms }) => job.intervalMs % ms === 0);
  const every = !unit ? `toutes les ${formatInteger(job.intervalMs)} ms` : job.intervalMs === unit.ms ? unit.one : unit.many(formatInteger(job.intervalMs / unit.ms));
  return job.scope === "per-process" ? `${every}, dans chaque processus du serveur` : every;
}

/** When a job runs next, in words: per-process jobs run on each server's own clock. */
export function describeNextRun({ job, nextRunAt, lease }: Pick<JobStatus, "job" | "nextRunAt" | "lease">): string {
  if (job.scope === "per-process") return "en continu, dans chaque processus du serveur";
  if (lease) return `en cours (${lease.owner})`;
  return nextRunAt ? formatDateTime(nextRunAt) : "au démarrage du serveur";
}

const secondsFormatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** How long a run took: "0,2 s", "75 s"; null while it runs. */
export function formatRunDuration(run: { startedAt: Date; finishedAt: Date | null }): string | null {
  return run.finishedAt ? `${secondsFormatter.format((run.finishedAt.getTime() - run.startedAt.getTime()) / SECOND)}\u00a0s` : null;
}
