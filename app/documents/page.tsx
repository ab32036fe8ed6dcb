import type { Metadata } from "next";
import { LibraryView } from "@/components/documents/library-view";
import { FavouriteToggle } from "@/components/favourites/favourite-toggle";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseLibrarySearch } from "@/lib/documents/library";
import { contentViewOf } from "@/lib/people/roles";

export const metadata: Metadata = { title: "Documents" };

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached content. */
export const instant = false;

export default async function LibraryPage({ searchParams }: PageProps<"/documents">) {
  const user = await getCurrentUser();
  return (
    <LibraryView
      search={parseLibrarySearch(await searchParams)}
      view={contentViewOf(user?.role)}
      favourite={(document) => <FavouriteToggle user={user} kind="document" id={document.id} title={document.title} />}
    />
  );
}
