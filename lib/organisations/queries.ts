import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { frenchList, plural } from "@/lib/format";
import { foldForSearch } from "@/lib/people/names";
import { users } from "@/lib/people/schema";
import { contacts } from "@/lib/contacts/schema";
import { meetingPartners, meetings } from "@/lib/meetings/schema";
import type { OrganisationSearch } from "./filters";
import { structureKey } from "./structure";
import { organisations } from "./schema";
import { auditLog } from "@/lib/audit/schema";

export const ORGANISATIONS_PAGE_SIZE = 50;

/** How many people, meetings (hosted or as partner) and contacts name an organisation. */
export type OrganisationUses = { people: number; meetings: number; contacts: number };

const NO_USES: OrganisationUses = { people: 0, meetings: 0, contacts: 0 };

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** What uses each of these organisations, counted in three reads whatever their number. */
export function organisationUses(db: DbOrTx, ids: readonly string[]): Map<string, OrganisationUses> {
  const uses = new Map(ids.map((id) => [id, { ...NO_USES }]));
  if (ids.length === 0) return uses;
  const people = db
    .select({ id: users.organisationId, n: sql<number>`count(*)` })
    .from(users)
    .where(and(inArray(users.organisationId, [...ids]), ne(users.status, "deleted")))
    .groupBy(users.organisationId)
    .all();
  /* A meeting that both hosts and lists the organisation as partner counts once. */
  const hostedOrPartnered = sql`select ${meetings.hostOrganisationId} as organisation_id, ${meetings.id} as meeting_id from ${meetings} where ${meetings.hostOrganisationId} is not null
    union select ${meetingPartners.organisationId}, ${meetingPartners.meetingId} from ${meetingPartners}`;
  const meetingCounts = db.all<{ id: string; n: number }>(
    sql`select organisation_id as id, count(*) as n from (${hostedOrPartnered}) where organisation_id in ${[...ids]} group by organisation_id`,
  );
  const contactCounts = db
    .select({ id: contacts.organisationId, n: sql<number>`count(*)` })
    .from(contacts)
    .where(inArray(contacts.organisationId, [...ids]))
    .groupBy(contacts.organisationId)
    .all();
  for (const row of people) uses.get(row.id!)!.people = row.n;
  for (const row of meetingCounts) uses.get(row.id)!.meetings = row.n;
  for (const row of contactCounts) uses.get(row.id!)!.contacts = row.n;
  return uses;
}

export function totalOrganisationUses(uses: OrganisationUses): number {
  return uses.people + uses.meetings + uses.contacts;
}

/** "Utilisée par 2 personnes, 1 rencontre et 1 contact", or "Utilisée nulle part". */
export function describeOrganisationUses(uses: OrganisationUses): string {
  const parts = [
    uses.people && plural(uses.people, "personne"),
    uses.meetings && plural(uses.meetings, "rencontre"),
    uses.contacts && plural(uses.contacts, "contact"),
  ].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? "Utilisée nulle part" : `Utilisée par ${frenchList(parts)}`;
}

/**
 * The back office's list: kind and department filtered in SQL; the search, accent- and case-insensitive on the
 * name, short name, city and code, over what remains (a few hundred organisations at most), in French order;
 * then one page, with what uses each.
 */
export function searchOrganisations(db: DbOrTx, search: OrganisationSearch, perPage = ORGANISATIONS_PAGE_SIZE) {
  const candidates = db
    .select()
    .from(organisations)
    .where(and(search.type ? eq(organisations.kind, search.type) : undefined, search.departement ? eq(organisations.department, search.departement) : undefined))
    .all();
  const words = search.recherche ? foldForSearch(search.recherche).split(" ") : [];
  const matching = candidates
    .filter((organisation) => {
      const haystack = foldForSearch([organisation.name, organisation.shortName, organisation.city, organisation.code].filter(Boolean).join(" "));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  const page = search.page ?? 1;
  const items = matching.slice((page - 1) * perPage, page * perPage);
  const uses = organisationUses(db, items.map((organisation) => organisation.id));
  return { items: items.map((organisation) => ({ ...organisation, uses: uses.get(organisation.id)! })), total: matching.length, page, perPage };
}

export function findOrganisation(db: DbOrTx, id: string) {
  return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

/** Every organisation's id and name in French order: the choices of a merge. */
export function organisationChoices(db: DbOrTx) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all()
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Accounts created with "Autre structure" and not yet attached, grouped by the name typed at sign-up (compared
 * regardless of case and spacing, lib/organisations/structure), the most frequent first.
 */
export function structuresToAttach(db: DbOrTx) {
  const accounts = db
    .select({ id: users.id, name: users.name, email: users.email, organisationOther: users.organisationOther, createdAt: users.createdAt })
    .from(users)
    .where(and(isNull(users.organisationId), isNotNull(users.organisationOther), eq(users.status, "active")))
    .orderBy(asc(users.createdAt))
    .all();
  const groups = new Map<string, { key: string; label: string; accounts: typeof accounts }>();
  for (const account of accounts) {
    const key = structureKey(account.organisationOther!);
    const group = groups.get(key) ?? { key, label: account.organisationOther!.trim(), accounts: [] };
    group.accounts.push(account);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.accounts.length - a.accounts.length || collator.compare(a.label, b.label));
}

/** The audit record of a merge into `keptId`, for the page that confirms it (ids in the address, never text). */
export function mergeRecord(db: DbOrTx, keptId: string, removedId: string) {
  return db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "organisation.merge"), eq(auditLog.entityId, keptId), sql`json_extract(${auditLog.details}, '$.removed.id') = ${removedId}`))
    .get()?.details as { removed: { name: string }; people: string[]; meetings: string[]; contacts: string[] } | undefined;
}

/** The audit record of a deletion, for the list that confirms it. */
export function deletionRecord(db: DbOrTx, id: string) {
  return db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "organisation.delete"), eq(auditLog.entityId, id)))
    .get()?.details as { name: string } | undefined;
}
