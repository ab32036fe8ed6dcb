import { db } from "@/db/client";
import { apiRoute, authenticate, readQuery } from "@/lib/api/handler";
import { presentReportSummary, reportListSearchOf } from "@/lib/api/present";
import { ReportsQuery, type ReportsPage } from "@/lib/api/schemas";
import { listPublishedReports } from "@/lib/publications/reading-list";

export const GET = apiRoute(async (request) => {
  const user = await authenticate(request);
  const query = readQuery(request, ReportsQuery);
  const result = listPublishedReports(db, user?.role ?? null, reportListSearchOf(query), { perPage: query.per_page });
  const page: ReportsPage = {
    reports: result.items.map(presentReportSummary),
    pagination: { page: result.page, per_page: result.perPage, total: result.total },
  };
  return Response.json(page);
});
