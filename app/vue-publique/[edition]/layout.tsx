import { notFound } from "next/navigation";
import { BUILD_EDITION, LIVE_EDITION } from "@/lib/cache/public-view";

/* The cached pages visitors are served (see lib/cache/public-view.ts). The build renders the placeholder edition only. */
export function generateStaticParams() {
  return [{ edition: BUILD_EDITION }];
}

export default async function PublicViewLayout({ children, params }: LayoutProps<"/vue-publique/[edition]">) {
  if ((await params).edition !== LIVE_EDITION) notFound();
  return children;
}
