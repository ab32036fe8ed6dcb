import type { meetings } from "@/lib/meetings/schema";
import { onlineCancellationNotice } from "@/lib/registrations/cancellation";
import { CancelForm } from "./registration-forms";

type Props = {
  meeting: Pick<typeof meetings.$inferSelect, "id" | "slug" | "title" | "cancellationDeadline">;
  waitlisted: boolean;
  contactEmail: string;
  now: Date;
};

/** A live registration's way out: the cancel button with the deadline it has until, or, once it has passed, whom to write to. */
export function MemberCancellation({ meeting, waitlisted, contactEmail, now }: Props) {
  const notice = onlineCancellationNotice(meeting, contactEmail, now);
  if (notice && !notice.open) {
    return <p className="mt-3 rounded border-l-4 border-warn bg-warn-soft p-3 text-warn">{notice.text}</p>;
  }
  return (
    <>
      {notice && <p className="mt-3">{notice.text}</p>}
      <CancelForm meetingId={meeting.id} slug={meeting.slug} title={meeting.title} waitlisted={waitlisted} />
    </>
  );
}
