import type { Metadata } from "next";
import { ThemeIndexView } from "@/components/themes/theme-index-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentViewOf } from "@/lib/people/roles";

export const metadata: Metadata = { title: "Thématiques" };

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached content. */
export const instant = false;

export default async function ThemesPage() {
  const user = await getCurrentUser();
  return <ThemeIndexView view={contentViewOf(user?.role)} />;
}
