import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/open";
import { enqueueEmail } from "@/lib/mail/outbox";
import { outboxEmails } from "@/lib/mail/schema";
import { meetingReminderEmail } from "@/lib/mail/templates/meetings";
import { meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { readSettings } from "@/lib/settings/queries";
import { parisInstant, parisParts } from "@/lib/time";
import { registrations } from "./schema";

/**
 * The meetings to remind people of at `now`: those starting on the day after tomorrow, Paris calendar days.
 *
 * A calendar day rather than "between 47 and 49 hours from now": the reminder goes out whatever time and however
 * often the job runs that day (a server stopped for a few hours still sends it when it comes back), a date-only
 * meeting (starting at Paris midnight) is caught like any other, and the window follows the Paris clock across
 * the summer-time changes (a 23- or 25-hour day is still one day).
 */
export function reminderWindow(now: Date): { from: Date; to: Date } {
  const { year, month, day } = parisParts(now);
  return { from: parisInstant(year, month, day + 2), to: parisInstant(year, month, day + 3) };
}

/** The outbox key of the one reminder a registration gets. */
const reminderKey = sql<string>`'reminder:' || ${registrations.id}`;

/**
 * Queues a reminder for each confirmed registration to a published meeting starting the day after tomorrow, and
 * returns how many. Runs as often as wanted, from any number of processes: each registration is reminded once,
 * because the IMMEDIATE transaction holds the write lock while it looks for reminders already queued (the outbox's
 * dedupe key `reminder:<registration id>`, unique in the database) and writes the missing ones.
 */
export function sendDueReminders(db: Db, now: Date): number {
  const { from, to } = reminderWindow(now);
  return db.transaction(
    (tx) => {
      const due = tx
        .select({
          registrationId: registrations.id,
          code: registrations.code,
          person: { email: users.email, name: users.name, givenName: users.givenName },
          meeting: meetings,
        })
        .from(registrations)
        .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
        .innerJoin(users, eq(users.id, registrations.userId))
        .leftJoin(outboxEmails, eq(outboxEmails.dedupeKey, reminderKey))
        .where(
          and(
            eq(meetings.status, "published"),
            gte(meetings.startsAt, from),
            lt(meetings.startsAt, to),
            eq(registrations.status, "confirmed"),
            eq(users.status, "active"),
            isNull(outboxEmails.id),
          ),
        )
        .all();
      if (due.length === 0) return 0;
      const identity = readSettings(tx).identity;
      for (const { registrationId, code, person, meeting } of due) {
        enqueueEmail(tx, { ...meetingReminderEmail(identity, person, meeting, code), dedupeKey: `reminder:${registrationId}` });
      }
      return due.length;
    },
    { behavior: "immediate" },
  );
}
