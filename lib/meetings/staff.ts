import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { renamedMeetingSlug } from "./queries";
import { meetings } from "./schema";

export type StaffMeeting = typeof meetings.$inferSelect;

/** Reserved under /admin/rencontres: never a meeting's slug. */
export const RESERVED_ADMIN_SLUGS = ["nouvelle"] as const;

/**
 * A meeting as staff reach it from the back office, whatever its status, by its current slug or a former one
 * (`redirectTo` then gives the current slug). The actor's role is checked in the database here, where it is read.
 */
export function findMeetingForStaff(db: Db, actor: Actor, slug: string): { meeting: StaffMeeting } | { redirectTo: string } | null {
  assertActorRole(db, actor, "staff");
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (meeting) return { meeting };
  const redirectTo = renamedMeetingSlug(db, slug, "staff");
  return redirectTo ? { redirectTo } : null;
}
