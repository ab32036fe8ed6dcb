import { db } from "@/db/client";
import { readJsonBody } from "@/lib/api/handler";
import { markAttendance } from "@/lib/attendance/check-in";
import { answerCheckIn, markBody } from "@/lib/attendance/check-in-http";
import { attendanceCounts } from "@/lib/attendance/queries";

/* One presence mark (or its undoing) from the check-in page, sent at once or replayed from its offline queue: counted once per key. */
export async function POST(request: Request, { params }: RouteContext<"/admin/rencontres/[slug]/emargement/marquages">): Promise<Response> {
  const { slug } = await params;
  return answerCheckIn(request, slug, async (actor, meetingId) => {
    const mark = await readJsonBody(request, markBody);
    const outcome = markAttendance(db, actor, { ...mark, meetingId, source: "door" });
    return { mark: outcome, counts: attendanceCounts(db, meetingId) };
  });
}
