import { splitHighlights } from "@/lib/search/highlight";
import type { SearchHit as Hit } from "@/lib/search/queries";
import type { SearchPage } from "./schemas";

/* The search results of the API, in the snake_case shape of lib/api/schemas.ts; matches as marked passages, never HTML. */

export function presentSearchHit(hit: Hit): SearchPage["results"][number] {
  return {
    kind: hit.kind,
    id: hit.id,
    title: hit.title,
    title_highlights: splitHighlights(hit.markedTitle),
    excerpt: splitHighlights(hit.excerpt),
    label: hit.label,
    details: hit.details,
    date: hit.date === null ? null : hit.date.toISOString(),
    url: hit.href,
    text_url: hit.textHref,
  };
}
