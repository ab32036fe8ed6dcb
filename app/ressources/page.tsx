import type { Metadata } from "next";
import { ReportListView } from "@/components/publications/report-list-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentViewOf } from "@/lib/people/roles";
import { parseReportListSearch } from "@/lib/publications/reading-list";

export const metadata: Metadata = { title: "Ressources" };

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached content. */
export const instant = false;

export default async function ReportsPage({ searchParams }: PageProps<"/ressources">) {
  const user = await getCurrentUser();
  return <ReportListView search={parseReportListSearch(await searchParams)} view={contentViewOf(user?.role)} />;
}
