import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { organisations } from "@/lib/organisations/schema";
import { reportContacts } from "@/lib/publications/schema";
import { contactThemes, contacts } from "./schema";

/** What a contact card shows, with the organisation the contact belongs to when known. */
const contactCardColumns = {
  id: contacts.id,
  name: contacts.name,
  function: contacts.function,
  organisationName: contacts.organisationName,
  organisation: organisations.name,
  territory: contacts.territory,
  phone: contacts.phone,
  email: contacts.email,
};

/** The contacts annexed to a report, in the order of the annex, with the organisation they belong to when known. */
export function listReportContacts(db: Db, reportId: string) {
  return db
    .select(contactCardColumns)
    .from(reportContacts)
    .innerJoin(contacts, eq(contacts.id, reportContacts.contactId))
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(eq(reportContacts.reportId, reportId))
    .orderBy(asc(reportContacts.position))
    .all();
}

/** The contacts of a theme (its page shows them to members and the team), by name. */
export function listThemeContacts(db: Db, themeId: string) {
  return db
    .select(contactCardColumns)
    .from(contactThemes)
    .innerJoin(contacts, eq(contacts.id, contactThemes.contactId))
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(eq(contactThemes.themeId, themeId))
    .orderBy(asc(contacts.name))
    .all();
}
