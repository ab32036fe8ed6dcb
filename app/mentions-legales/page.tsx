import { connection } from "next/server";
import { LegalNoticeView, legalNoticeMetadata } from "@/components/site/legal-notice-view";

export const metadata = legalNoticeMetadata;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached settings. */
export const instant = false;

export default async function LegalNoticePage() {
  await connection();
  return <LegalNoticeView />;
}
