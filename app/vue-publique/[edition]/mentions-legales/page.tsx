import { LegalNoticeView, legalNoticeMetadata } from "@/components/site/legal-notice-view";

export const metadata = legalNoticeMetadata;

export default function PublicLegalNoticePage() {
  return <LegalNoticeView />;
}
