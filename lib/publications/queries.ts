import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import type { Role } from "@/lib/people/schema";
import { hasRole } from "@/lib/people/roles";
import { themes } from "@/lib/themes/schema";
import { meetings } from "@/lib/meetings/schema";
import { canSeeMeeting } from "@/lib/meetings/visibility";
import { listAttachments } from "@/lib/documents/queries";
import { listReportContacts } from "@/lib/contacts/queries";
import { reportThemes, reports } from "./schema";

/** Members-only reports are shown to approved members and the IREV team. */
export function canReadMembersReports(role: Role | null): boolean {
  return hasRole(role, "member");
}

/**
 * A published report with everything its page shows; null when it does not exist or is not published.
 * A members-only report asked for by someone else is `{ restricted: true }`, without its content,
 * so the page can say it exists for members rather than answer 404.
 */
export function getPublishedReportBySlug(db: Db, slug: string, role: Role | null) {
  const report = db
    .select()
    .from(reports)
    .where(and(eq(reports.slug, slug), eq(reports.status, "published")))
    .get();
  if (!report) return null;
  if (report.visibility === "members" && !canReadMembersReports(role)) return { restricted: true as const };

  const reportThemeRows = db
    .select({ slug: themes.slug, name: themes.name })
    .from(reportThemes)
    .innerJoin(themes, eq(themes.id, reportThemes.themeId))
    .where(eq(reportThemes.reportId, report.id))
    .orderBy(asc(themes.position), asc(themes.name))
    .all();
  const linkedMeeting = report.meetingId
    ? db
        .select({ id: meetings.id, slug: meetings.slug, title: meetings.title, startsAt: meetings.startsAt, status: meetings.status })
        .from(meetings)
        .where(eq(meetings.id, report.meetingId))
        .get()
    : undefined;

  return {
    restricted: false as const,
    report,
    themes: reportThemeRows,
    meeting:
      linkedMeeting && canSeeMeeting(linkedMeeting.status, role)
        ? { id: linkedMeeting.id, slug: linkedMeeting.slug, title: linkedMeeting.title, startsAt: linkedMeeting.startsAt }
        : null,
    attachments: listAttachments(db, { reportId: report.id }),
    annexedContacts: listReportContacts(db, report.id),
  };
}

export type PublishedReport = Extract<NonNullable<ReturnType<typeof getPublishedReportBySlug>>, { restricted: false }>;
