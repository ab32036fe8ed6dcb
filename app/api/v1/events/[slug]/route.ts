import { db } from "@/db/client";
import { requireEventDetail } from "@/lib/api/events";
import { apiRoute, authenticate } from "@/lib/api/handler";
import { presentEventDetail } from "@/lib/api/present";

export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await authenticate(request);
  return Response.json(presentEventDetail(requireEventDetail(db, slug, user?.role ?? null)));
});
