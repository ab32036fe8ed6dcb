import { db } from "@/db/client";
import { apiRoute, authenticate } from "@/lib/api/handler";
import { presentReportDetail } from "@/lib/api/present";
import { requireReadableReport } from "@/lib/api/reports";
import { renderReportBody } from "@/lib/publications/markdown";

export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await authenticate(request);
  const report = requireReadableReport(db, slug, user?.role ?? null);
  return Response.json(presentReportDetail(report, renderReportBody(report.report.body)));
});
