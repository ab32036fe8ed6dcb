import { db } from "@/db/client";
import { checkInRoster } from "@/lib/attendance/check-in";
import { answerCheckIn } from "@/lib/attendance/check-in-http";

/* The confirmed registrants and their recorded presence, polled by every phone at the door: marks and walk-ins made on another phone show up. */
export async function GET(request: Request, { params }: RouteContext<"/admin/rencontres/[slug]/emargement/liste">): Promise<Response> {
  const { slug } = await params;
  return answerCheckIn(request, slug, (actor, meetingId) => ({ roster: checkInRoster(db, actor, meetingId) }));
}
