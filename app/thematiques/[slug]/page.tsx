import type { Metadata } from "next";
import { ThemeView, themeMetadata } from "@/components/themes/theme-view";
import { FavouriteToggle } from "@/components/favourites/favourite-toggle";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentViewOf } from "@/lib/people/roles";

type Props = PageProps<"/thematiques/[slug]">;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached content. */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  return themeMetadata((await params).slug, contentViewOf(user?.role));
}

export default async function ThemePage({ params }: Props) {
  const user = await getCurrentUser();
  return (
    <ThemeView
      slug={(await params).slug}
      view={contentViewOf(user?.role)}
      favourite={(document) => <FavouriteToggle user={user} kind="document" id={document.id} title={document.title} />}
    />
  );
}
