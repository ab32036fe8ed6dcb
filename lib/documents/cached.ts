import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { cacheTags } from "@/lib/cache/tags";
import { VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { findTextVersion } from "./text-version";

/* A document's text version as its page shows it, cached per content view, tagged with the document (see lib/meetings/cached.ts). */
export async function cachedTextVersion(id: string, view: ContentView) {
  "use cache";
  cacheTag(cacheTags.document(id));
  cacheLife(lifetimeUntil(null, new Date()));
  return findTextVersion(db, id, VIEW_ROLE[view]);
}
