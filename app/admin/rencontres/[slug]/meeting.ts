import "server-only";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { findMeetingForStaff } from "@/lib/meetings/staff";

/**
 * The meeting of a back-office page under /admin/rencontres/[slug], for staff, once per request. A former slug
 * redirects to the same page under the current one (`subpath`: "", "/programme", "/inscrits"…).
 */
export const staffMeetingPage = cache(async (slug: string, subpath: string) => {
  const user = await requirePageUser("staff", `/admin/rencontres/${encodeURIComponent(slug)}${subpath}`);
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(`/admin/rencontres/${found.redirectTo}${subpath}`);
  return { user, meeting: found.meeting };
});
