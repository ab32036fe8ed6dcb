import { z } from "zod";
import { choiceParam, listHref, pageParam, singleValues } from "@/lib/lists/params";
import type { SearchFilters, SearchKind } from "./queries";

/** The type filter as written in the address, in French. */
export const SEARCH_TYPES = { rencontre: "meeting", ressource: "report", document: "document", contact: "contact" } as const satisfies Record<string, SearchKind>;
export type SearchType = keyof typeof SEARCH_TYPES;
const TYPE_NAMES = Object.keys(SEARCH_TYPES) as [SearchType, ...SearchType[]];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  rencontre: "Rencontres",
  ressource: "Ressources",
  document: "Documents",
  contact: "Contacts (annuaire)",
};

/** The type filters offered to a reader who may search these kinds. */
export function searchTypesFor(kinds: readonly SearchKind[]): SearchType[] {
  return TYPE_NAMES.filter((type) => kinds.includes(SEARCH_TYPES[type]));
}

/** The longest query kept: longer input is cut, never refused (only its first words are searched anyway). */
export const MAX_QUERY_LENGTH = 1000;

/* Anything malformed is dropped rather than refused: a hand-edited or stale address still shows a page. */
const searchSchema = z.object({
  q: z
    .string()
    .transform((q) => q.slice(0, MAX_QUERY_LENGTH).trim())
    .catch(""),
  type: choiceParam(TYPE_NAMES),
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  annee: z.string().regex(/^(19|20)\d\d$/).optional().catch(undefined),
  page: pageParam,
});

/** The search as typed in /recherche's address. */
export type SearchPageParams = z.infer<typeof searchSchema>;

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchPageParams {
  return searchSchema.parse({ q: "", ...singleValues(raw) });
}

export function toSearchFilters(search: SearchPageParams): SearchFilters {
  return {
    q: search.q,
    kind: search.type === undefined ? undefined : SEARCH_TYPES[search.type],
    theme: search.theme,
    year: search.annee === undefined ? undefined : Number(search.annee),
    page: search.page,
  };
}

/** The address of these results; any change other than the page goes back to the first page. */
export function searchHref(search: SearchPageParams, change: Partial<SearchPageParams> = {}): string {
  return listHref("/recherche", search, change);
}
