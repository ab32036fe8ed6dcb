import { HomeView, homeMetadata } from "@/components/site/home-view";
import { requireLiveEdition } from "./edition";

export const metadata = homeMetadata;

export default async function PublicHomePage({ params }: PageProps<"/vue-publique/[edition]">) {
  await requireLiveEdition(params);
  return <HomeView view="public" />;
}
