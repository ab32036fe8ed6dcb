import { openDatabase, type Db } from "@/db/open";
import { SECOND, type JobDefinition } from "./definition";
import { JOBS } from "./registry";
import { errorMessage, looksDue, processOwner, recordRun, runSharedJob, TRIGGERS } from "./runner";

/**
 * The scheduler of one server process: every tick, each job whose time has come runs, unless its previous run in
 * this process is still going. Shared jobs are due when the database says so and run under their lease, so
 * however many processes tick, each due run happens once. Per-process jobs keep their clock in memory and leave
 * a line in the log only when they did something, or on the first of a series of failures (the deadline watch
 * runs every second in every process: a line per run would bury the others).
 */
export function createScheduler(db: Db, definitions: readonly JobDefinition[], owner = processOwner()) {
  const running = new Set<string>();
  const nextLocalRun = new Map<string, number>();
  const failing = new Set<string>();

  async function runPerProcess(job: JobDefinition, now: Date): Promise<void> {
    if ((nextLocalRun.get(job.name) ?? 0) > now.getTime()) return;
    nextLocalRun.set(job.name, now.getTime() + job.intervalMs);
    const startedAt = new Date();
    try {
      const report = await job.run(db, now);
      failing.delete(job.name);
      if (!report.idle) recordRun(db, { job: job.name, owner, outcome: "succeeded", summary: report.summary, startedAt, finishedAt: new Date() });
    } catch (error) {
      console.error(`Tâche « ${job.name} » en échec :`, error);
      if (failing.has(job.name)) return;
      failing.add(job.name);
      recordRun(db, { job: job.name, owner, outcome: "failed", error: errorMessage(error), startedAt, finishedAt: new Date() });
    }
  }

  async function runIfDue(job: JobDefinition, now: Date): Promise<void> {
    running.add(job.name);
    try {
      if (job.scope === "per-process") await runPerProcess(job, now);
      else if (looksDue(db, job.name, now)) await runSharedJob(db, job, { owner, trigger: TRIGGERS.scheduler, now });
    } catch (error) {
      /* The log itself could not be written (database locked for too long): the job is tried again next tick. */
      console.error(`Planificateur : la tâche « ${job.name} » n'a pas pu être lancée :`, error);
    } finally {
      running.delete(job.name);
    }
  }

  return {
    /** One pass over every job; resolves when the runs it started have ended. */
    async tick(now = new Date()): Promise<void> {
      await Promise.all(definitions.filter((job) => !running.has(job.name)).map((job) => runIfDue(job, now)));
    },
    /** Ticks every `everyMs` until the returned function is called; never keeps the process alive on its own. */
    start(everyMs = SECOND): () => void {
      const timer = setInterval(() => void this.tick(), everyMs);
      timer.unref();
      void this.tick();
      return () => clearInterval(timer);
    },
  };
}

/** The server's scheduler, started once per process from instrumentation.ts: no cron needed. */
export function startScheduler(): void {
  createScheduler(openDatabase().db, JOBS).start();
}
