import { sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { id, instant } from "../db-columns";

/** When each scheduled job runs next, and which process holds it while it runs (the lease). */
export const jobs = sqliteTable("jobs", {
  name: text("name").primaryKey(),
  nextRunAt: instant("next_run_at").notNull(),
  leaseOwner: text("lease_owner"),
  leaseUntil: instant("lease_until"),
});

export const JOB_OUTCOMES = ["running", "succeeded", "failed"] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

/** One line per run of a job, by the scheduler or from the command line, with its outcome. */
export const jobRuns = sqliteTable(
  "job_runs",
  {
    id: id(),
    job: text("job").notNull(),
    /** "planificateur" (the server's scheduler) or "ligne de commande". */
    trigger: text("trigger").notNull(),
    owner: text("owner").notNull(),
    outcome: text("outcome", { enum: JOB_OUTCOMES }).notNull().default("running"),
    /** What the run did, in French ("3 courriels envoyés"). */
    summary: text("summary"),
    error: text("error"),
    startedAt: instant("started_at").notNull(),
    finishedAt: instant("finished_at"),
  },
  (t) => [index("job_runs_job_started_idx").on(t.job, t.startedAt), index("job_runs_started_idx").on(t.startedAt)],
);
