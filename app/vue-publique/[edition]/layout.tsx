import { BUILD_EDITION } from "@/lib/cache/public-view";
import { requireLiveEdition } from "./edition";

/* The cached pages visitors are served (see lib/cache/public-view.ts). The build renders the placeholder edition only. */
export function generateStaticParams() {
  return [{ edition: BUILD_EDITION }];
}

export default async function PublicViewLayout({ children, params }: LayoutProps<"/vue-publique/[edition]">) {
  await requireLiveEdition(params);
  return children;
}
