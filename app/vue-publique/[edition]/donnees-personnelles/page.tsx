import { PrivacyView, privacyMetadata } from "@/components/site/privacy-view";

export const metadata = privacyMetadata;

export default function PublicPrivacyPage() {
  return <PrivacyView />;
}
