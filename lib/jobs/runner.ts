import { hostname } from "node:os";
import { and, desc, eq, isNull, lt, lte, or } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/time";
import { MINUTE, type JobDefinition } from "./definition";
import { jobRuns, jobs, type JobOutcome } from "./schema";

export const TRIGGERS = { scheduler: "planificateur", commandLine: "ligne de commande" } as const;
export type Trigger = (typeof TRIGGERS)[keyof typeof TRIGGERS];

/** How this process signs its leases and runs: the machine and the process id. */
export function processOwner(): string {
  return `${hostname()}, processus ${process.pid}`;
}

/* How long a run holds its job: past it, the process is taken for crashed and another may run the job. */
const LEASE_MS = 15 * MINUTE;

export type RunResult =
  | { job: string; status: "succeeded"; summary: string }
  | { job: string; status: "failed"; error: string }
  | { job: string; status: "not_due"; nextRunAt: Date }
  | { job: string; status: "busy"; owner: string; until: Date };

type RunOptions = { owner: string; trigger: Trigger; now: Date; force?: boolean };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Takes the job for one run, in one immediate transaction: its row is updated only if it is due (unless forced)
 * and no live lease holds it, so of two processes asking at once exactly one gets it. A run whose lease expired
 * (its process died) is marked failed on the way. Returns the new run's id, or why the job was not taken.
 */
function takeLease(db: Db, job: JobDefinition, { owner, trigger, now, force = false }: RunOptions): string | RunResult {
  return db.transaction(
    (tx) => {
      tx.insert(jobs).values({ name: job.name, nextRunAt: now }).onConflictDoNothing().run();
      const before = tx.select().from(jobs).where(eq(jobs.name, job.name)).get()!;
      const taken = tx
        .update(jobs)
        .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS) })
        .where(and(eq(jobs.name, job.name), force ? undefined : lte(jobs.nextRunAt, now), or(isNull(jobs.leaseUntil), lte(jobs.leaseUntil, now))))
        .returning()
        .get();
      if (!taken) {
        if (before.leaseOwner && before.leaseUntil && before.leaseUntil > now) return { job: job.name, status: "busy", owner: before.leaseOwner, until: before.leaseUntil };
        return { job: job.name, status: "not_due", nextRunAt: before.nextRunAt };
      }
      if (before.leaseOwner && before.leaseUntil) {
        tx.update(jobRuns)
          .set({ outcome: "failed", error: `Interrompue : ${before.leaseOwner} ne l'avait pas terminée le ${formatDateTime(before.leaseUntil)} (processus arrêté ?).`, finishedAt: now })
          .where(and(eq(jobRuns.job, job.name), eq(jobRuns.owner, before.leaseOwner), eq(jobRuns.outcome, "running")))
          .run();
      }
      return tx.insert(jobRuns).values({ job: job.name, trigger, owner, startedAt: now }).returning({ id: jobRuns.id }).get().id;
    },
    { behavior: "immediate" },
  );
}

/**
 * Runs a shared job once, under its lease: logs the outcome (idle runs of the scheduler are dropped, see
 * JobReport), frees the job and sets its next run one interval after this one started. A job that throws is
 * logged failed and runs again at its next interval; the error never reaches the caller.
 */
export async function runSharedJob(db: Db, job: JobDefinition, options: RunOptions): Promise<RunResult> {
  const runId = takeLease(db, job, options);
  if (typeof runId !== "string") return runId;
  const { owner, trigger, now } = options;
  const clock = performance.now();
  let result: RunResult;
  let keep = true;
  try {
    const report = await job.run(db, now);
    result = { job: job.name, status: "succeeded", summary: report.summary };
    keep = !report.idle || trigger === TRIGGERS.commandLine;
  } catch (error) {
    console.error(`Tâche « ${job.name} » en échec :`, error);
    result = { job: job.name, status: "failed", error: errorMessage(error) };
  }
  const finishedAt = new Date(now.getTime() + Math.round(performance.now() - clock));
  db.transaction(
    (tx) => {
      if (!keep) tx.delete(jobRuns).where(eq(jobRuns.id, runId)).run();
      else if (result.status === "succeeded") tx.update(jobRuns).set({ outcome: "succeeded", summary: result.summary, error: null, finishedAt }).where(eq(jobRuns.id, runId)).run();
      else if (result.status === "failed") tx.update(jobRuns).set({ outcome: "failed", error: result.error, finishedAt }).where(eq(jobRuns.id, runId)).run();
      /* Only if the lease is still ours: a run that outlived it has been taken over, and the new holder decides. */
      tx.update(jobs)
        .set({ leaseOwner: null, leaseUntil: null, nextRunAt: new Date(now.getTime() + job.intervalMs) })
        .where(and(eq(jobs.name, job.name), eq(jobs.leaseOwner, owner)))
        .run();
    },
    { behavior: "immediate" },
  );
  return result;
}

/** A cheap read before the write lock: whether a shared job looks due and free. */
export function looksDue(db: Db, name: string, now: Date): boolean {
  const row = db.select({ nextRunAt: jobs.nextRunAt, leaseUntil: jobs.leaseUntil }).from(jobs).where(eq(jobs.name, name)).get();
  return !row || (row.nextRunAt <= now && (!row.leaseUntil || row.leaseUntil <= now));
}

/** Logs a run made without a lease (a per-process job), in one line. */
export function recordRun(
  db: Db,
  run: { job: string; owner: string; outcome: Exclude<JobOutcome, "running">; summary?: string; error?: string; startedAt: Date; finishedAt: Date },
): void {
  db.insert(jobRuns).values({ ...run, trigger: TRIGGERS.scheduler }).run();
}

/**
 * `npm run cli -- jobs run [name]`. With a name, that job runs now, due or not. Without, every shared job that is
 * due runs, as the server's scheduler would: what a crontab calls every minute. Either way under the same lease as
 * the server's runs, so the two never overlap.
 */
export async function runJobsFromCommandLine(db: Db, definitions: readonly JobDefinition[], name: string | undefined, now = new Date()): Promise<RunResult[]> {
  const options = { owner: processOwner(), trigger: TRIGGERS.commandLine, now };
  if (name === undefined) {
    const results: RunResult[] = [];
    for (const job of definitions.filter((definition) => definition.scope === "shared")) results.push(await runSharedJob(db, job, options));
    return results;
  }
  const job = definitions.find((definition) => definition.name === name);
  if (!job) throw new DomainError("not_found", `Tâche inconnue : « ${name} ». Tâches : ${definitions.map((definition) => definition.name).join(", ")}.`);
  if (job.scope === "per-process") {
    throw new DomainError("bad_request", `La tâche « ${name} » agit sur la mémoire de chaque processus du serveur, qui la lance lui-même : elle ne se lance pas en ligne de commande.`);
  }
  return [await runSharedJob(db, job, { ...options, force: true })];
}

export type JobStatus = {
  job: JobDefinition;
  /** Null for per-process jobs, and for shared jobs that never ran. */
  nextRunAt: Date | null;
  lease: { owner: string; until: Date } | null;
  lastRun: JobRun | null;
};
export type JobRun = typeof jobRuns.$inferSelect;

/** Each job as operators and admins see it: when it runs next, who holds it, how its last kept run went. */
export function listJobStatuses(db: Db, definitions: readonly JobDefinition[], now = new Date()): JobStatus[] {
  return definitions.map((job) => {
    const row = job.scope === "shared" ? db.select().from(jobs).where(eq(jobs.name, job.name)).get() : undefined;
    const lastRun = db.select().from(jobRuns).where(eq(jobRuns.job, job.name)).orderBy(desc(jobRuns.startedAt)).limit(1).get() ?? null;
    const leased = row?.leaseOwner && row.leaseUntil && row.leaseUntil > now;
    return { job, nextRunAt: row?.nextRunAt ?? null, lease: leased ? { owner: row.leaseOwner!, until: row.leaseUntil! } : null, lastRun };
  });
}

export function listRecentRuns(db: Db, limit = 50): JobRun[] {
  return db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt)).limit(limit).all();
}

/** The purge of the log itself, after settings' retention.jobRunsDays. */
export function deleteJobRunsBefore(db: DbOrTx, cutoff: Date): number {
  return db.delete(jobRuns).where(lt(jobRuns.startedAt, cutoff)).run().changes;
}
