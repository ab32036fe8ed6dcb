import type { Metadata } from "next";
import { ThemeView, themeMetadata } from "@/components/themes/theme-view";
import { BUILD_EDITION } from "@/lib/cache/public-view";

type Props = PageProps<"/vue-publique/[edition]/thematiques/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_EDITION }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return themeMetadata((await params).slug, "public");
}

export default async function PublicThemePage({ params }: Props) {
  return <ThemeView slug={(await params).slug} view="public" />;
}
