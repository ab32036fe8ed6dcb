import type { Metadata } from "next";
import { db } from "@/db/client";
import { SearchView } from "@/components/search/search-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listThemes } from "@/lib/meetings/queries";
import { parseSearchParams, searchTypesFor, toSearchFilters } from "@/lib/search/params";
import { searchableKinds, searchContent } from "@/lib/search/queries";

export const metadata: Metadata = { title: "Rechercher", robots: { index: false } };

/*
 * Rendered per request for everyone, visitors included: results depend on the reader's role and on words without
 * end, so nothing here is cached (the index itself is always current, updated in the writing transaction).
 */
export const instant = false;

export default async function SearchPage({ searchParams }: PageProps<"/recherche">) {
  const user = await getCurrentUser();
  const search = parseSearchParams(await searchParams);
  const role = user?.role ?? null;
  return <SearchView search={search} result={searchContent(db, toSearchFilters(search), role)} themes={listThemes(db)} types={searchTypesFor(searchableKinds(role))} />;
}
