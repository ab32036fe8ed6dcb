import { db } from "@/db/client";
import { apiRoute, authenticate, readQuery } from "@/lib/api/handler";
import { presentEventSummary } from "@/lib/api/present";
import { EventsQuery, type EventsPage } from "@/lib/api/schemas";
import { listMeetings } from "@/lib/meetings/queries";

export const GET = apiRoute(async (request) => {
  const user = await authenticate(request);
  const query = readQuery(request, EventsQuery);
  const result = listMeetings(
    db,
    { kind: query.kind, theme: query.theme, department: query.department, when: query.when, page: query.page, perPage: query.per_page },
    user?.role ?? null,
  );
  const page: EventsPage = {
    events: result.items.map((meeting) => presentEventSummary(meeting)),
    pagination: { page: result.page, per_page: result.perPage, total: result.total },
  };
  return Response.json(page);
});
