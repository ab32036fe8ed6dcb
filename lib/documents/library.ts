import { and, asc, desc, eq, exists, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { choiceParam, listHref, pageParam, singleValues } from "@/lib/lists/params";
import { parseSearchSegment, searchSegment } from "@/lib/lists/segment";
import { hasRole } from "@/lib/people/roles";
import type { Role } from "@/lib/people/schema";
import { themes } from "@/lib/themes/schema";
import { documentSummaryColumns } from "./queries";
import { attachments, documentThemes, documents } from "./schema";

/*
 * /documents: the library as a reader sees it, only the files this reader may download (lib/documents/access.ts:
 * members-only ones are left out for visitors and pending accounts), filtered by theme, year added and use, sorted by
 * date or downloads.
 */

export const LIBRARY_SORTS = ["date", "telechargements"] as const;
export const LIBRARY_SORT_LABELS: Record<(typeof LIBRARY_SORTS)[number], string> = { date: "Les plus récents", telechargements: "Les plus téléchargés" };

export const LIBRARY_USES = ["rencontres", "publications"] as const;
export const LIBRARY_USE_LABELS: Record<(typeof LIBRARY_USES)[number], string> = {
  rencontres: "Joints à une rencontre",
  publications: "Joints à une publication",
};

const searchSchema = z.object({
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  annee: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
  usage: choiceParam(LIBRARY_USES),
  tri: choiceParam(LIBRARY_SORTS),
  page: pageParam,
});

export type LibrarySearch = z.infer<typeof searchSchema>;

export function parseLibrarySearch(raw: Record<string, string | string[] | undefined>): LibrarySearch {
  return searchSchema.parse(singleValues(raw));
}

export function libraryHref(search: LibrarySearch, change: Partial<LibrarySearch> = {}): string {
  return listHref("/documents", search, change);
}

const SEGMENT_KEYS = ["theme", "annee", "usage", "tri", "page"] as const;

/** The cached page's segment for these filters (lib/cache/public-view.ts). */
export function librarySegment(search: LibrarySearch): string {
  return searchSegment(search, SEGMENT_KEYS);
}

export function parseLibrarySegment(segment: string): LibrarySearch | null {
  return parseSearchSegment(segment, parseLibrarySearch, SEGMENT_KEYS);
}

export const LIBRARY_PER_PAGE = 20;

/* The year of an instant in Paris: the year always turns in winter time, one hour ahead of UTC. */
const addedYear = sql<number>`cast(strftime('%Y', ${documents.createdAt} / 1000 + 3600, 'unixepoch') as integer)`;

function conditions(db: Db, role: Role | null, search: Omit<LibrarySearch, "page" | "tri">): SQL[] {
  const where: SQL[] = [];
  if (!hasRole(role, "member")) where.push(eq(documents.visibility, "public"));
  if (search.annee) where.push(sql`${addedYear} = ${search.annee}`);
  if (search.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(documentThemes)
      .innerJoin(themes, eq(themes.id, documentThemes.themeId))
      .where(and(eq(documentThemes.documentId, documents.id), eq(themes.slug, search.theme)));
    where.push(exists(themed));
  }
  if (search.usage) {
    const owner = search.usage === "rencontres" ? attachments.meetingId : attachments.reportId;
    where.push(exists(db.select({ one: sql`1` }).from(attachments).where(and(eq(attachments.documentId, documents.id), isNotNull(owner)))));
  }
  return where;
}

/** The library for this role and these filters: one page of documents, with their themes, and the total. */
export function listLibraryDocuments(db: Db, role: Role | null, search: Omit<LibrarySearch, "page"> & { page?: number }, perPage = LIBRARY_PER_PAGE) {
  const page = search.page ?? 1;
  const where = and(...conditions(db, role, search));
  const order = search.tri === "telechargements" ? [desc(documents.downloadCount), desc(documents.createdAt)] : [desc(documents.createdAt)];
  const rows = db
    .select({ ...documentSummaryColumns, description: documents.description, downloadCount: documents.downloadCount, createdAt: documents.createdAt })
    .from(documents)
    .where(where)
    .orderBy(...order, asc(documents.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(documents).where(where).get()!.n;
  const themesByDocument = documentThemeMap(db, rows.map((row) => row.id));
  return { total, page, perPage, items: rows.map((row) => ({ ...row, themes: themesByDocument.get(row.id) ?? [] })) };
}

export type LibraryDocument = ReturnType<typeof listLibraryDocuments>["items"][number];

/** The years documents were added in, latest first: the year filter's choices. */
export function libraryYears(db: Db, role: Role | null): number[] {
  return db
    .selectDistinct({ year: addedYear })
    .from(documents)
    .where(hasRole(role, "member") ? undefined : eq(documents.visibility, "public"))
    .orderBy(desc(addedYear))
    .all()
    .map((row) => row.year);
}

function documentThemeMap(db: Db, documentIds: string[]) {
  const map = new Map<string, { slug: string; name: string }[]>();
  if (documentIds.length === 0) return map;
  const rows = db
    .select({ documentId: documentThemes.documentId, slug: themes.slug, name: themes.name })
    .from(documentThemes)
    .innerJoin(themes, eq(themes.id, documentThemes.themeId))
    .where(inArray(documentThemes.documentId, documentIds))
    .orderBy(asc(themes.position), asc(themes.name))
    .all();
  for (const row of rows) map.set(row.documentId, [...(map.get(row.documentId) ?? []), { slug: row.slug, name: row.name }]);
  return map;
}
