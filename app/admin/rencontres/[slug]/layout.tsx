import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { MEETING_STATUS_LABELS } from "@/lib/meetings/labels";
import { findMeetingForStaff } from "@/lib/meetings/staff";
import { MeetingTabs } from "./tabs";

/*
 * The frame of one meeting's back-office pages: its title, status and sections. A missing meeting or a former slug
 * is left to the page, which knows its own address (404, or redirect to the same section under the current slug).
 */
export default async function StaffMeetingLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser("staff", `/admin/rencontres/${slug}`);
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found || !("meeting" in found)) return children;
  const { meeting } = found;
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/admin/rencontres">Rencontres</Link> <span aria-hidden="true">›</span> {MEETING_STATUS_LABELS[meeting.status]}
      </p>
      <MeetingTabs slug={meeting.slug} label={`Sections de la rencontre « ${meeting.title} »`} />
      {children}
    </div>
  );
}
