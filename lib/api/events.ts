import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/people/schema";
import { getMeetingBySlug, type MeetingDetail } from "@/lib/meetings/queries";
import { meetings } from "@/lib/meetings/schema";
import { canSeeMeeting } from "@/lib/meetings/visibility";

/* Meetings are "events" in the API; a meeting this role may not see answers exactly like a missing one. */

function eventNotFound(): DomainError {
  return new DomainError("not_found", "Aucune rencontre ne correspond à cet identifiant.");
}

export function requireEventDetail(db: Db, slug: string, role: Role | null): MeetingDetail {
  const meeting = getMeetingBySlug(db, slug, role);
  if (!meeting) throw eventNotFound();
  return meeting;
}

/** The bare meeting row, for registration calls that need no agenda nor documents. */
export function requireVisibleMeeting(db: Db, slug: string, role: Role | null) {
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting || !canSeeMeeting(meeting.status, role)) throw eventNotFound();
  return meeting;
}
