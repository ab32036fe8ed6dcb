import type { Metadata } from "next";
import { ThemeIndexView } from "@/components/themes/theme-index-view";
import { requireLiveEdition } from "../edition";

export const metadata: Metadata = { title: "Thématiques" };

export default async function PublicThemesPage({ params }: PageProps<"/vue-publique/[edition]/thematiques">) {
  await requireLiveEdition(params);
  return <ThemeIndexView view="public" />;
}
