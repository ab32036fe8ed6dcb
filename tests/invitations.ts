import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/open";
import { icsEvents, icsValue, unfoldIcs } from "@/e2e/support/ics";
import { outboxEmails } from "@/lib/mail/schema";

/** The e-mails sent to one address, in the order they were queued, with what their calendar part says. */
export function mailsTo(db: Db, to: string) {
  return db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.to, to))
    .orderBy(asc(sql`rowid`))
    .all()
    .map((mail) => {
      if (!mail.calendar) return { kind: mail.kind, subject: mail.subject, text: mail.text, calendar: null };
      const [event] = icsEvents(mail.calendar);
      const method = unfoldIcs(mail.calendar).find((line) => line.startsWith("METHOD:"))?.slice("METHOD:".length);
      return {
        kind: mail.kind,
        subject: mail.subject,
        text: mail.text,
        calendar: {
          method,
          storedMethod: mail.calendarMethod,
          uid: icsValue(event!, "UID"),
          sequence: Number(icsValue(event!, "SEQUENCE")),
          status: icsValue(event!, "STATUS"),
          dtstart: event!.lines.find((line) => line.startsWith("DTSTART")),
          location: icsValue(event!, "LOCATION"),
        },
      };
    });
}
