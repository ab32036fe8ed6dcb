import type { Metadata } from "next";
import { ReportView, reportMetadata } from "@/components/publications/report-view";
import { BUILD_EDITION } from "@/lib/cache/public-view";

type Props = PageProps<"/vue-publique/[edition]/ressources/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_EDITION }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return reportMetadata((await params).slug, null);
}

export default async function PublicReportPage({ params }: Props) {
  return <ReportView slug={(await params).slug} role={null} />;
}
