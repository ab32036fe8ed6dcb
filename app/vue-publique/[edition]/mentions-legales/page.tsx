import { LegalNoticeView, legalNoticeMetadata } from "@/components/site/legal-notice-view";
import { requireLiveEdition } from "../edition";

export const metadata = legalNoticeMetadata;

export default async function PublicLegalNoticePage({ params }: PageProps<"/vue-publique/[edition]/mentions-legales">) {
  await requireLiveEdition(params);
  return <LegalNoticeView />;
}
