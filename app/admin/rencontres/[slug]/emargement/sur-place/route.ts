import { db } from "@/db/client";
import { readJsonBody } from "@/lib/api/handler";
import { registerWalkIn } from "@/lib/attendance/check-in";
import { answerCheckIn, walkInBody } from "@/lib/attendance/check-in-http";
import { attendanceCounts } from "@/lib/attendance/queries";

/* Someone registered at the door: confirmed (beyond the capacity if need be) and marked present at once. */
export async function POST(request: Request, { params }: RouteContext<"/admin/rencontres/[slug]/emargement/sur-place">): Promise<Response> {
  const { slug } = await params;
  return answerCheckIn(request, slug, async (actor, meetingId) => {
    const { idempotencyKey, halfDay, ...person } = await readJsonBody(request, walkInBody);
    const walkIn = registerWalkIn(db, actor, { meetingId, halfDay, idempotencyKey, person });
    return { ...walkIn, counts: attendanceCounts(db, meetingId) };
  });
}
