import { HomeView } from "@/components/site/home-view";

export default function PublicHomePage() {
  return <HomeView view="public" />;
}
