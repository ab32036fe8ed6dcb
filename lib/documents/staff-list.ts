import { and, asc, desc, eq, exists, notExists, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { containsPattern } from "@/lib/lists/contains";
import { choiceParam, directionParam, listHref, pageParam, singleValues, textParam, type SortDirection } from "@/lib/lists/params";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { themes } from "@/lib/themes/schema";
import { documentSummaryColumns } from "./queries";
import { attachments, documentThemes, documents, VISIBILITIES } from "./schema";

/** The sortable columns of the library: a whitelist, each with the words of the table's caption. */
export const STAFF_DOCUMENT_SORTS = ["date", "titre", "taille", "telechargements"] as const;
export type StaffDocumentSort = (typeof STAFF_DOCUMENT_SORTS)[number];
export const STAFF_DOCUMENT_SORT_LABELS: Record<StaffDocumentSort, string> = {
  date: "date d'ajout",
  titre: "titre",
  taille: "taille",
  telechargements: "nombre de téléchargements",
};

export const DOCUMENT_USES = ["utilise", "inutilise"] as const;
export const DOCUMENT_USE_LABELS: Record<(typeof DOCUMENT_USES)[number], string> = { utilise: "Joints à une page", inutilise: "Joints nulle part" };

export const DOCUMENT_WARNING_FILTERS = ["avec", "javascript", "fichiers-joints", "sans"] as const;
export const DOCUMENT_WARNING_FILTER_LABELS: Record<(typeof DOCUMENT_WARNING_FILTERS)[number], string> = {
  avec: "Avec un avertissement",
  javascript: "Contient du JavaScript",
  "fichiers-joints": "Contient des fichiers joints",
  sans: "Sans avertissement",
};

const searchSchema = z.object({
  q: textParam,
  visibilite: choiceParam(VISIBILITIES),
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  usage: choiceParam(DOCUMENT_USES),
  alerte: choiceParam(DOCUMENT_WARNING_FILTERS),
  tri: choiceParam(STAFF_DOCUMENT_SORTS),
  ordre: directionParam,
  page: pageParam,
});

/** The filters of /admin/documents, as typed in its address and read by its page, its filter form and its query. */
export type StaffDocumentSearch = z.infer<typeof searchSchema>;

export function parseStaffDocumentSearch(raw: Record<string, string | string[] | undefined>): StaffDocumentSearch {
  return searchSchema.parse(singleValues(raw));
}

export function staffDocumentsHref(search: StaffDocumentSearch, change: Partial<StaffDocumentSearch> = {}): string {
  return listHref("/admin/documents", search, change);
}

/** The sorting in force: latest added first, unless the address says otherwise; title A→Z, size and downloads largest first. */
export function staffDocumentSort(search: StaffDocumentSearch): { key: StaffDocumentSort; direction: SortDirection } {
  const key = search.tri ?? "date";
  return { key, direction: search.ordre ?? (key === "titre" ? "asc" : "desc") };
}

export const STAFF_DOCUMENTS_PER_PAGE = 25;

/* Qualified by hand: in a selected expression Drizzle writes a bare "id", which the subquery would read as its own. */
const usesOf = sql<number>`(select count(*) from ${attachments} where ${attachments.documentId} = "documents"."id")`;

function conditions(db: Db, search: StaffDocumentSearch): SQL[] {
  const where: SQL[] = [];
  if (search.q) {
    const pattern = containsPattern(search.q);
    where.push(
      or(
        sql`fold_search(${documents.title}) like ${pattern} escape '\\'`,
        sql`fold_search(${documents.originalFilename}) like ${pattern} escape '\\'`,
      )!,
    );
  }
  if (search.visibilite) where.push(eq(documents.visibility, search.visibilite));
  if (search.theme) {
    const themed = db
      .select({ one: sql`1` })
      .from(documentThemes)
      .innerJoin(themes, eq(themes.id, documentThemes.themeId))
      .where(and(eq(documentThemes.documentId, documents.id), eq(themes.slug, search.theme)));
    where.push(exists(themed));
  }
  if (search.usage) {
    const used = db.select({ one: sql`1` }).from(attachments).where(eq(attachments.documentId, documents.id));
    where.push(search.usage === "utilise" ? exists(used) : notExists(used));
  }
  if (search.alerte === "javascript") where.push(eq(documents.hasJavascript, true));
  if (search.alerte === "fichiers-joints") where.push(eq(documents.hasEmbeddedFiles, true));
  if (search.alerte === "avec") where.push(or(eq(documents.hasJavascript, true), eq(documents.hasEmbeddedFiles, true))!);
  if (search.alerte === "sans") where.push(and(eq(documents.hasJavascript, false), eq(documents.hasEmbeddedFiles, false))!);
  return where;
}

/** The library as staff see it: one read gives the page, where each document is used, and the total. */
export function listDocumentsForStaff(db: Db, actor: Actor, search: StaffDocumentSearch) {
  assertActorRole(db, actor, "staff");
  const page = search.page ?? 1;
  const sort = staffDocumentSort(search);
  const order = sort.direction === "asc" ? asc : desc;
  const sortColumn = {
    date: documents.createdAt,
    titre: sql`fold_search(${documents.title})`,
    taille: documents.sizeBytes,
    telechargements: documents.downloadCount,
  }[sort.key];
  const rows = db
    .select({
      ...documentSummaryColumns,
      downloadCount: documents.downloadCount,
      hasJavascript: documents.hasJavascript,
      hasEmbeddedFiles: documents.hasEmbeddedFiles,
      createdAt: documents.createdAt,
      uses: usesOf,
      matching: sql<number>`count(*) over ()`,
    })
    .from(documents)
    .where(and(...conditions(db, search)))
    .orderBy(order(sortColumn), desc(documents.createdAt), asc(documents.id))
    .limit(STAFF_DOCUMENTS_PER_PAGE)
    .offset((page - 1) * STAFF_DOCUMENTS_PER_PAGE)
    .all();
  const total =
    rows[0]?.matching ??
    (page > 1
      ? db
          .select({ n: sql<number>`count(*)` })
          .from(documents)
          .where(and(...conditions(db, search)))
          .get()!.n
      : 0);
  return { items: rows, total, page, perPage: STAFF_DOCUMENTS_PER_PAGE };
}

export type StaffDocumentRow = ReturnType<typeof listDocumentsForStaff>["items"][number];

/** The warnings found when the PDF was checked, as staff and readers are told them. */
export function documentWarnings(document: { hasJavascript: boolean; hasEmbeddedFiles: boolean }): string[] {
  return [document.hasJavascript && "contient du JavaScript", document.hasEmbeddedFiles && "contient des fichiers joints"].filter((w): w is string => Boolean(w));
}
