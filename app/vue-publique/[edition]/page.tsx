import { HomeView } from "@/components/site/home-view";
import { requireLiveEdition } from "./edition";

export default async function PublicHomePage({ params }: PageProps<"/vue-publique/[edition]">) {
  await requireLiveEdition(params);
  return <HomeView view="public" />;
}
