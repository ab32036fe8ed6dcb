import { cachedReportsFeed } from "@/lib/discovery/cached";
import { feedResponse } from "@/lib/discovery/feed-response";

/* The publications of one theme; the slug makes it a request-time route, and the feed itself is cached. */
export async function GET(_request: Request, { params }: RouteContext<"/thematiques/[slug]/flux.xml">): Promise<Response> {
  const xml = await cachedReportsFeed((await params).slug);
  if (xml === null) return new Response("Thématique introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return feedResponse(xml);
}
