import { connection } from "next/server";
import { PrivacyView, privacyMetadata } from "@/components/site/privacy-view";

export const metadata = privacyMetadata;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached settings. */
export const instant = false;

export default async function PrivacyPage() {
  await connection();
  return <PrivacyView />;
}
