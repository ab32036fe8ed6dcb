import { HomeView, homeMetadata } from "@/components/site/home-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentViewOf } from "@/lib/people/roles";

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached content. */
export const instant = false;

export const metadata = homeMetadata;

export default async function HomePage() {
  const user = await getCurrentUser();
  return <HomeView view={contentViewOf(user?.role)} />;
}
