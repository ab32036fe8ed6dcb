import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { MeetingView, meetingMetadata } from "@/components/meetings/meeting-view";
import { ParticipantsBox } from "@/components/meetings/participants-box";
import { RegistrationBox } from "@/components/meetings/registration-box";
import { FavouriteToggle } from "@/components/favourites/favourite-toggle";
import { getCurrentUser } from "@/lib/auth/current-user";
import { cachedMeeting } from "@/lib/meetings/cached";
import { contentViewOf, hasRole } from "@/lib/people/roles";

type Props = PageProps<"/rencontres/[slug]">;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Their registration box and the participant list are theirs alone. */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  return meetingMetadata((await cachedMeeting((await params).slug, contentViewOf(user?.role))).meeting);
}

export default async function MeetingPage({ params }: Props) {
  const user = await getCurrentUser();
  const { meeting, redirectTo, now } = await cachedMeeting((await params).slug, contentViewOf(user?.role));
  if (redirectTo) permanentRedirect(`/rencontres/${redirectTo}`);
  if (!meeting) notFound();
  return (
    <MeetingView
      meeting={meeting}
      now={now}
      canSeeMembersFiles={hasRole(user?.role, "member")}
      favourite={<FavouriteToggle user={user} kind="rencontre" id={meeting.id} title={meeting.title} explain />}
      registration={
        <>
          <RegistrationBox meeting={meeting} user={user} now={now} />
          <ParticipantsBox meeting={meeting} user={user} />
        </>
      }
    />
  );
}
