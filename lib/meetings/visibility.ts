import type { Role } from "@/lib/people/schema";
import { hasRole } from "@/lib/people/roles";
import type { MeetingStatus } from "./schema";

/** Published and cancelled meetings are listed for everyone (members-only ones say so); drafts only for staff. */
export function canSeeMeeting(status: MeetingStatus, role: Role | null): boolean {
  return status !== "draft" || hasRole(role, "staff");
}

export const PUBLIC_MEETING_STATUSES: MeetingStatus[] = ["published", "cancelled"];
