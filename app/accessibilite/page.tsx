import { connection } from "next/server";
import { AccessibilityView, accessibilityMetadata } from "@/components/site/accessibility-view";

export const metadata = accessibilityMetadata;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached settings. */
export const instant = false;

export default async function AccessibilityPage() {
  await connection();
  return <AccessibilityView />;
}
