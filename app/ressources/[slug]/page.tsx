import type { Metadata } from "next";
import { ReportView, reportMetadata } from "@/components/publications/report-view";
import { FavouriteToggle } from "@/components/favourites/favourite-toggle";
import { getCurrentUser } from "@/lib/auth/current-user";

type Props = PageProps<"/ressources/[slug]">;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  return reportMetadata((await params).slug, user?.role ?? null);
}

export default async function ReportPage({ params }: Props) {
  const user = await getCurrentUser();
  return (
    <ReportView
      slug={(await params).slug}
      role={user?.role ?? null}
      favourite={(report) => <FavouriteToggle user={user} kind="publication" id={report.id} title={report.title} explain />}
    />
  );
}
