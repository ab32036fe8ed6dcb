import { PrivacyView, privacyMetadata } from "@/components/site/privacy-view";
import { requireLiveEdition } from "../edition";

export const metadata = privacyMetadata;

export default async function PublicPrivacyPage({ params }: PageProps<"/vue-publique/[edition]/donnees-personnelles">) {
  await requireLiveEdition(params);
  return <PrivacyView />;
}
