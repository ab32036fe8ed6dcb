import type { Metadata } from "next";
import { db } from "@/db/client";
import { plural } from "@/lib/format";
import { asksToNotify, meetingFormChoices, meetingFormValues } from "@/lib/meetings/editing";
import { liveRegistrationCount, registrationCounts } from "@/lib/registrations/queries";
import { ArrivalNotice, FicheControls } from "./fiche-controls";
import { updateMeetingAction } from "./fiche-actions";
import { staffMeetingPage } from "./meeting";
import { MeetingForm } from "./meeting-form";

type Props = PageProps<"/admin/rencontres/[slug]">;

/* Reads the signed-in user: rendered for each request, never cached. */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await staffMeetingPage((await params).slug, "");
  return { title: `${meeting.title} – fiche de la rencontre` };
}

const ARRIVALS: Record<string, string> = {
  cree: "Rencontre créée en brouillon. Complétez son programme, ses questions et ses fichiers, puis publiez-la.",
  copie: "Copie créée en brouillon, avec des dates provisoires à définir : indiquez ses vraies dates ci-dessous.",
  enregistre: "Modifications enregistrées. Le titre ayant changé, l'adresse du brouillon suit ; l'ancienne redirige ici.",
};

/** The "Fiche" tab: every field of the meeting, and what can be done to it as a whole. */
export default async function MeetingFichePage({ params, searchParams }: Props) {
  const { meeting } = await staffMeetingPage((await params).slug, "");
  const search = await searchParams;
  const arrival = Object.keys(ARRIVALS).find((key) => key in search);
  const cancelled = Number(search.annulee);
  const now = new Date();
  const live = liveRegistrationCount(db, meeting.id);
  const confirmed = registrationCounts(db, [meeting.id]).get(meeting.id)!.confirmed;
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{meeting.title}</h1>
      {arrival && <ArrivalNotice>{ARRIVALS[arrival]}</ArrivalNotice>}
      {meeting.status === "cancelled" && Number.isInteger(cancelled) && cancelled >= 0 && (
        <ArrivalNotice>
          {`Rencontre annulée. ${cancelled === 0 ? "Aucun inscrit à prévenir." : `${plural(cancelled, "inscrit")} ${cancelled > 1 ? "prévenus" : "prévenu"} par courriel.`}`}
        </ArrivalNotice>
      )}
      {arrival === "copie" && <p className="badge mb-4 bg-warn-soft text-warn">Dates à définir</p>}
      <FicheControls
        meetingId={meeting.id}
        slug={meeting.slug}
        title={meeting.title}
        status={meeting.status}
        registrations={live}
        ended={meeting.endsAt.getTime() <= now.getTime()}
      />
      {meeting.status === "cancelled" ? (
        <section aria-labelledby="titre-annulee" className="card">
          <h2 id="titre-annulee" className="mb-2 text-xl font-bold">Rencontre annulée</h2>
          <p>Une rencontre annulée ne se modifie plus. Message donné aux inscrits :</p>
          <blockquote className="mt-2 border-l-4 border-line pl-3">{meeting.cancellationReason}</blockquote>
        </section>
      ) : (
        <MeetingForm
          action={updateMeetingAction}
          initial={meetingFormValues(db, meeting)}
          meetingId={meeting.id}
          {...meetingFormChoices(db)}
          registrantsToNotify={asksToNotify(meeting, live, now) ? live : 0}
          confirmed={confirmed}
          submitLabel="Enregistrer la fiche"
        />
      )}
    </div>
  );
}
