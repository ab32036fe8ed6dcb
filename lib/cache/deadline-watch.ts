import { openDatabase } from "@/db/open";
import { meetingsWithDeadlineBetween } from "@/lib/meetings/queries";
import { invalidateCache } from "./invalidate";
import { cacheTags } from "./tags";

/* One read of the meetings table a second: cheap enough to be exact without hearing of every new or moved deadline. */
const INTERVAL_MS = 1_000;

/**
 * Changes no one writes: registration opens or closes, a meeting starts or ends. Each second, the meetings whose
 * deadline has just passed have their pages, and every list, expired, so a page whose registration closes at 18 h
 * says "closed" from 18 h — within the last five minutes too, where cache lifetimes cannot be shorter.
 */
export function startDeadlineWatch(): void {
  const { db } = openDatabase();
  let checkedUntil = new Date();
  const tick = () => {
    const now = new Date();
    try {
      const due = meetingsWithDeadlineBetween(db, checkedUntil, now);
      if (due.length > 0) invalidateCache([cacheTags.meetings, ...due.map((id) => cacheTags.meeting(id))]);
      checkedUntil = now;
    } catch (error) {
      console.error("Échéances des rencontres : vérification en échec, nouvel essai dans une seconde.", error);
    }
  };
  setInterval(tick, INTERVAL_MS).unref();
}
