import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { cacheTags } from "@/lib/cache/tags";
import { listThemes } from "@/lib/meetings/queries";
import { VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { libraryYears, listLibraryDocuments, type LibrarySearch } from "./library";
import { findTextVersion } from "./text-version";

/* A document's text version as its page shows it, cached per content view, tagged with the document (see lib/meetings/cached.ts). */
export async function cachedTextVersion(id: string, view: ContentView) {
  "use cache";
  cacheTag(cacheTags.document(id));
  cacheLife(lifetimeUntil(null, new Date()));
  return findTextVersion(db, id, VIEW_ROLE[view]);
}

/* Downloads are not a write that expires pages: the order by downloads is at most this old. */
const DOWNLOAD_ORDER_SECONDS = 300;

/**
 * The library as /documents shows it, cached per content view, tagged with the list and each document shown. Which
 * documents a use filter keeps changes with the meetings and reports they are attached to, so it is tagged with those lists too.
 */
export async function cachedLibrary(search: LibrarySearch, view: ContentView) {
  "use cache";
  const now = new Date();
  const role = VIEW_ROLE[view];
  const result = listLibraryDocuments(db, role, search);
  cacheTag(cacheTags.documents, cacheTags.themes, ...result.items.map((document) => cacheTags.document(document.id)));
  if (search.usage) cacheTag(cacheTags.meetings, cacheTags.reports);
  cacheLife(lifetimeUntil(search.tri === "telechargements" ? new Date(now.getTime() + DOWNLOAD_ORDER_SECONDS * 1000) : null, now));
  return { result, years: libraryYears(db, role), themes: listThemes(db) };
}
