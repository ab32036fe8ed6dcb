import { appUrl } from "@/lib/config";
import { meetingEvent, reportArticle, serializeJsonLd } from "@/lib/discovery/json-ld";
import type { MeetingDetail } from "@/lib/meetings/queries";
import type { PublishedReport } from "@/lib/publications/queries";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { cachedSettings } from "@/lib/settings/cached";

/* schema.org descriptions in the page (lib/discovery/json-ld.ts); the organiser and publisher are IREV as its settings name it. */

function JsonLdScript({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

async function irev() {
  const { identity } = await cachedSettings();
  return { name: identity.name, url: appUrl() };
}

export async function MeetingJsonLd({ meeting }: { meeting: MeetingDetail }) {
  return <JsonLdScript data={meetingEvent(meeting, await irev(), appUrl())} />;
}

export async function ReportJsonLd({ report, themes }: { report: PublishedReport["report"]; themes: PublishedReport["themes"] }) {
  const data = reportArticle(report, REPORT_KIND_LABELS[report.kind], themes.map((theme) => theme.name), await irev(), appUrl());
  return <JsonLdScript data={data} />;
}
