import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { readSettings } from "./queries";

/*
 * The settings as the pages that print them read them (legal pages, contact): cached until an admin saves a group,
 * which expires the tag. Settings change by nothing else, so the lifetime is the longest there is.
 */
export async function cachedSettings() {
  "use cache";
  cacheTag(cacheTags.settings);
  cacheLife(lifetimeUntil(null, new Date()));
  return readSettings(db);
}
