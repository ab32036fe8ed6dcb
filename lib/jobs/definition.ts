import type { Db } from "@/db/open";
import { plural } from "@/lib/format";

/**
 * What a run did. `idle`: nothing to do this time (no e-mail due, no deadline passed): the server's scheduler keeps
 * no trace of such runs, or the table would fill with one line every few seconds; a run asked for on the command
 * line is always kept.
 */
export type JobReport = { summary: string; idle?: boolean };

/**
 * A named job. `shared`: one run per due time across every server process and the command line, under a lease in
 * the database. `per-process`: work on what each process holds in its own memory (its page cache), run by each
 * process on its own clock, never under a lease, never from the command line.
 */
export type JobDefinition = {
  /** French, for operators: `npm run cli -- jobs run <name>`. */
  name: string;
  description: string;
  scope: "shared" | "per-process";
  intervalMs: number;
  /** Idempotent: running it twice, or after a crash halfway, does no harm. */
  run: (db: Db, now: Date) => JobReport | Promise<JobReport>;
};

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;

/** The report of a job that counts what it did: "3 rappels envoyés", or idle with `none` when it did nothing. */
export function countReport(count: number, singular: string, pluralForm: string, none: string): JobReport {
  return count === 0 ? { summary: none, idle: true } : { summary: `${plural(count, singular, pluralForm)}.` };
}
