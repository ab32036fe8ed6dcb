import { db } from "@/db/client";
import { personalFeedMeetings } from "@/lib/calendar/feeds";
import { icsResponse, meetingsToIcs } from "@/lib/calendar/ics";

/** The member's own registrations; the secret token in the URL stands in for a session, which calendar apps lack. */
export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const meetings = personalFeedMeetings(db, token);
  if (!meetings) {
    return new Response("Flux introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const response = icsResponse(meetingsToIcs(meetings, { name: "Mes rencontres – IREV" }), {
    filename: "mes-rencontres.ics",
    disposition: "inline",
    cache: "private",
  });
  // The URL is a credential: keep it out of search engines.
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}
