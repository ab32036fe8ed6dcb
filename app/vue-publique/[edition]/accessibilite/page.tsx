import { AccessibilityView, accessibilityMetadata } from "@/components/site/accessibility-view";

export const metadata = accessibilityMetadata;

export default function PublicAccessibilityPage() {
  return <AccessibilityView />;
}
