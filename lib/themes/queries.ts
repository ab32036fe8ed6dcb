import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { frenchList, plural } from "@/lib/format";
import { themes } from "./schema";

/** How many meetings, reports, documents and contacts carry a theme. */
export type ThemeUses = { meetings: number; reports: number; documents: number; contacts: number };

const usesColumns = {
  meetings: sql<number>`(select count(*) from meeting_themes where theme_id = ${themes.id})`,
  reports: sql<number>`(select count(*) from report_themes where theme_id = ${themes.id})`,
  documents: sql<number>`(select count(*) from document_themes where theme_id = ${themes.id})`,
  contacts: sql<number>`(select count(*) from contact_themes where theme_id = ${themes.id})`,
};

/** The themes in their public order, with what uses each: the back office's list. */
export function listThemesWithUses(db: DbOrTx) {
  return db
    .select({ id: themes.id, slug: themes.slug, name: themes.name, description: themes.description, position: themes.position, ...usesColumns })
    .from(themes)
    .orderBy(asc(themes.position), asc(themes.name))
    .all();
}

export function findThemeWithUses(db: DbOrTx, id: string) {
  return db
    .select({ id: themes.id, slug: themes.slug, name: themes.name, description: themes.description, position: themes.position, ...usesColumns })
    .from(themes)
    .where(eq(themes.id, id))
    .get();
}

export function totalUses(uses: ThemeUses): number {
  return uses.meetings + uses.reports + uses.documents + uses.contacts;
}

/** "Utilisée par 3 rencontres, 2 publications et 1 contact", or "Utilisée nulle part". */
export function describeThemeUses(uses: ThemeUses): string {
  const parts = [
    uses.meetings && plural(uses.meetings, "rencontre"),
    uses.reports && plural(uses.reports, "publication"),
    uses.documents && plural(uses.documents, "document"),
    uses.contacts && plural(uses.contacts, "contact"),
  ].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? "Utilisée nulle part" : `Utilisée par ${frenchList(parts)}`;
}
