import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { MeetingView, meetingMetadata } from "@/components/meetings/meeting-view";
import { RegistrationBox } from "@/components/meetings/registration-box";
import { BUILD_EDITION } from "@/lib/cache/public-view";
import { cachedMeeting } from "@/lib/meetings/cached";

type Props = PageProps<"/vue-publique/[edition]/rencontres/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_EDITION }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return meetingMetadata((await cachedMeeting((await params).slug, "public")).meeting);
}

export default async function PublicMeetingPage({ params }: Props) {
  const { meeting, redirectTo, now } = await cachedMeeting((await params).slug, "public");
  if (redirectTo) permanentRedirect(`/rencontres/${redirectTo}`);
  if (!meeting) notFound();
  return <MeetingView meeting={meeting} now={now} canSeeMembersFiles={false} registration={<RegistrationBox meeting={meeting} user={null} now={now} />} />;
}
