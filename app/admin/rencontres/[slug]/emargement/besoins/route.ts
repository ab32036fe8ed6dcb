import { db } from "@/db/client";
import { accessibilityNeeds } from "@/lib/attendance/check-in";
import { answerCheckIn } from "@/lib/attendance/check-in-http";

/* The accessibility needs of the one person selected at the door, fetched online only: the page never stores answers. */
export async function GET(request: Request, { params }: RouteContext<"/admin/rencontres/[slug]/emargement/besoins">): Promise<Response> {
  const { slug } = await params;
  const registrationId = new URL(request.url).searchParams.get("inscription") ?? "";
  return answerCheckIn(request, slug, (actor, meetingId) => ({ needs: accessibilityNeeds(db, actor, meetingId, registrationId) }));
}
