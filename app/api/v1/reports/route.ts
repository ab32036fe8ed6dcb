import { db } from "@/db/client";
import { apiRoute, authenticate, readQuery } from "@/lib/api/handler";
import { presentReportSummary } from "@/lib/api/present";
import { ReportsQuery, type ReportsPage } from "@/lib/api/schemas";
import { contentViewOf } from "@/lib/people/roles";
import { listPublishedReports } from "@/lib/publications/queries";

export const GET = apiRoute(async (request) => {
  const user = await authenticate(request);
  const query = readQuery(request, ReportsQuery);
  const result = listPublishedReports(db, contentViewOf(user?.role), {
    kind: query.kind,
    theme: query.theme,
    year: query.year,
    page: query.page,
    perPage: query.per_page,
  });
  const page: ReportsPage = {
    reports: result.items.map(presentReportSummary),
    pagination: { page: result.page, per_page: result.perPage, total: result.total },
  };
  return Response.json(page);
});
