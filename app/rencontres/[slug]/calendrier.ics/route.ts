import { db } from "@/db/client";
import { icsResponse, meetingsToIcs } from "@/lib/calendar/ics";
import { SITE_NAME } from "@/lib/config";
import { getMeetingBySlug } from "@/lib/meetings/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  // Visitor's view: drafts are refused like unknown meetings.
  const meeting = getMeetingBySlug(db, slug, null);
  if (!meeting) {
    return new Response("Rencontre introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const body = meetingsToIcs([meeting], { name: SITE_NAME });
  return icsResponse(body, { filename: `${meeting.slug}.ics`, disposition: "attachment", cache: "public" });
}
