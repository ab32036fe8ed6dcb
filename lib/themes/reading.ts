import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/open";
import { listThemeContacts } from "@/lib/contacts/queries";
import { listLibraryDocuments } from "@/lib/documents/library";
import { documents } from "@/lib/documents/schema";
import { listMeetings } from "@/lib/meetings/queries";
import { PUBLIC_MEETING_STATUSES } from "@/lib/meetings/visibility";
import { meetings } from "@/lib/meetings/schema";
import { hasRole } from "@/lib/people/roles";
import type { Role } from "@/lib/people/schema";
import { listPublishedReports } from "@/lib/publications/reading-list";
import { reports } from "@/lib/publications/schema";
import { themes } from "./schema";

/*
 * The themes as readers see them: /thematiques counts, on each theme, only what this role may see (the same rules as
 * the agenda, /ressources and /documents); /thematiques/<theme> shows them, and the theme's contacts to members.
 */

/** Whether this role is shown the contacts of the themes: members and the IREV team. */
export function canSeeThemeContacts(role: Role | null): boolean {
  return hasRole(role, "member");
}

/* Qualified by hand: in a selected expression Drizzle writes a bare "id", which each subquery would read as its own. */
const themeId = sql.raw(`"themes"."id"`);

function countsFor(role: Role | null) {
  const meetingStatuses = hasRole(role, "staff") ? sql.empty() : sql` and ${meetings.status} in ${PUBLIC_MEETING_STATUSES}`;
  const documentVisibility = hasRole(role, "member") ? sql.empty() : sql` and ${documents.visibility} = 'public'`;
  return {
    meetings: sql<number>`(select count(*) from meeting_themes join ${meetings} on ${meetings.id} = meeting_themes.meeting_id where meeting_themes.theme_id = ${themeId}${meetingStatuses})`,
    reports: sql<number>`(select count(*) from report_themes join ${reports} on ${reports.id} = report_themes.report_id where report_themes.theme_id = ${themeId} and ${reports.status} = 'published')`,
    documents: sql<number>`(select count(*) from document_themes join ${documents} on ${documents.id} = document_themes.document_id where document_themes.theme_id = ${themeId}${documentVisibility})`,
  };
}

/** Every theme in its public order, with how many meetings, reports and documents this role finds on it. */
export function listThemesForReaders(db: Db, role: Role | null) {
  return db
    .select({ id: themes.id, slug: themes.slug, name: themes.name, description: themes.description, ...countsFor(role) })
    .from(themes)
    .orderBy(asc(themes.position), asc(themes.name))
    .all();
}

/** How many of the latest reports and documents a theme page shows before linking to the filtered list. */
export const THEME_PAGE_ITEMS = 10;

/**
 * A theme's page for this role: upcoming meetings soonest first, then past ones latest first, the latest reports
 * and documents, and its contacts for members; null when no theme has this address.
 */
export function getThemePage(db: Db, slug: string, role: Role | null, now = new Date()) {
  const theme = db.select().from(themes).where(eq(themes.slug, slug)).get();
  if (!theme) return null;
  return {
    theme,
    upcoming: listMeetings(db, { theme: slug, when: "upcoming", perPage: THEME_PAGE_ITEMS }, role, now),
    past: listMeetings(db, { theme: slug, when: "past", perPage: THEME_PAGE_ITEMS }, role, now),
    reports: listPublishedReports(db, role, { theme: slug }, { perPage: THEME_PAGE_ITEMS }),
    documents: listLibraryDocuments(db, role, { theme: slug }, THEME_PAGE_ITEMS),
    contacts: canSeeThemeContacts(role) ? listThemeContacts(db, theme.id) : [],
  };
}

export type ThemePage = NonNullable<ReturnType<typeof getThemePage>>;

