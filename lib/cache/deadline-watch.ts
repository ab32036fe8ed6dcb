import type { Db } from "@/db/open";
import type { JobReport } from "@/lib/jobs/definition";
import { plural } from "@/lib/format";
import { meetingsWithDeadlineBetween } from "@/lib/meetings/queries";
import { invalidateCache } from "./invalidate";
import { cacheTags } from "./tags";

/* Where this process's watch stopped: the page cache is this process's own, so is the clock that keeps it fresh. */
let checkedUntil: Date | null = null;

/**
 * Changes no one writes: registration opens or closes, a meeting starts or ends. Run every second by the scheduler
 * of each server process (the "echeances" job), it expires the pages of the meetings whose deadline passed since its
 * last run, and every list, so a page whose registration closes at 18 h says "closed" from 18 h — within the last
 * five minutes too, where cache lifetimes cannot be shorter. The first run only sets the starting point.
 */
export function expirePassedDeadlines(db: Db, now: Date): JobReport {
  const due = checkedUntil ? meetingsWithDeadlineBetween(db, checkedUntil, now) : [];
  if (due.length > 0) invalidateCache([cacheTags.meetings, ...due.map((id) => cacheTags.meeting(id))]);
  checkedUntil = now;
  if (due.length === 0) return { summary: "Aucune échéance passée.", idle: true };
  return { summary: `Échéance passée pour ${plural(due.length, "rencontre")} : ses pages et les listes sont rafraîchies.` };
}
