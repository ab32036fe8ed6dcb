import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportListView } from "@/components/publications/report-list-view";
import { BUILD_EDITION } from "@/lib/cache/public-view";
import { parseReportListSegment } from "@/lib/publications/reading-list";

export const metadata: Metadata = { title: "Ressources" };

export function generateStaticParams() {
  return [{ filtres: BUILD_EDITION }];
}

export default async function PublicReportsPage({ params }: PageProps<"/vue-publique/[edition]/publications/[filtres]">) {
  const search = parseReportListSegment((await params).filtres);
  if (!search) notFound();
  return <ReportListView search={search} view="public" />;
}
