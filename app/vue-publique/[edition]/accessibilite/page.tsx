import { AccessibilityView, accessibilityMetadata } from "@/components/site/accessibility-view";
import { requireLiveEdition } from "../edition";

export const metadata = accessibilityMetadata;

export default async function PublicAccessibilityPage({ params }: PageProps<"/vue-publique/[edition]/accessibilite">) {
  await requireLiveEdition(params);
  return <AccessibilityView />;
}
