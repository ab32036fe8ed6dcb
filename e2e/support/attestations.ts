import { randomUUID } from "node:crypto";
import { meetings } from "@/lib/meetings/schema";
import { registrations } from "@/lib/registrations/schema";
import { parisDateKey, parisDayStart } from "@/lib/time";
import { testDb, type Account } from "./data";

const DAY = 86_400_000;

/** A published all-day meeting of its own, a week ago: two half-days, 9 h – 12 h 30 and 13 h 30 – 17 h. */
export function insertPastMeeting(): typeof meetings.$inferSelect & { day: string } {
  const suffix = randomUUID().slice(0, 8);
  const day = parisDateKey(new Date(Date.now() - 7 * DAY));
  const meeting = testDb()
    .insert(meetings)
    .values({
      kind: "journee_regionale",
      title: `Journée attestée ${suffix}`,
      slug: `journee-attestee-${suffix}`,
      startsAt: parisDayStart(day),
      endsAt: parisDayStart(day, 1),
      allDay: true,
      status: "published",
      venueName: "Maison de la Métropole",
      venueCity: "Lille",
    })
    .returning()
    .get();
  return { ...meeting, day };
}

/** A confirmed registration with attendance recorded as the check-in page would (the `attendance` state). */
export function attended(meetingId: string, account: Account, attendance: Record<string, boolean>): void {
  testDb().insert(registrations).values({ meetingId, userId: account.id, status: "confirmed", attendance }).run();
}
