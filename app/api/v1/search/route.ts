import { db } from "@/db/client";
import { apiRoute, authenticate, readQuery } from "@/lib/api/handler";
import { presentSearchHit } from "@/lib/api/search";
import { SearchQuery, type SearchPage } from "@/lib/api/schemas";
import { searchContent } from "@/lib/search/queries";

export const GET = apiRoute(async (request) => {
  const user = await authenticate(request);
  const query = readQuery(request, SearchQuery);
  const result = searchContent(db, { q: query.q, kind: query.kind, theme: query.theme, year: query.year, page: query.page, perPage: query.per_page }, user?.role ?? null);
  const page: SearchPage = {
    results: result.hits.map(presentSearchHit),
    years: result.years,
    pagination: { page: result.page, per_page: result.perPage, total: result.total },
  };
  return Response.json(page);
});
