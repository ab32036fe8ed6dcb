import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { liveRegistrationCount } from "@/lib/registrations/queries";
import { plural } from "@/lib/format";
import { staffMeetingPage } from "../meeting";
import { CancelMeetingForm } from "./cancel-form";

type Props = PageProps<"/admin/rencontres/[slug]/annuler">;

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export const metadata: Metadata = { title: "Annuler la rencontre – administration" };

export default async function CancelMeetingPage({ params }: Props) {
  const { meeting } = await staffMeetingPage((await params).slug, "/annuler");
  const live = liveRegistrationCount(db, meeting.id);
  const told =
    live === 0
      ? "Personne n'est inscrit : aucun courriel ne sera envoyé."
      : `${plural(live, "inscrit")} ${live > 1 ? "seront prévenus" : "sera prévenu"} par courriel, avec l'annulation de l'invitation pour leur agenda.`;
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{`Annuler « ${meeting.title} »`}</h1>
      {meeting.status === "published" ? (
        <>
          <p className="mb-4">{told}</p>
          <CancelMeetingForm meetingId={meeting.id} title={meeting.title} told={told} />
        </>
      ) : (
        <p>
          {meeting.status === "cancelled" ? "Cette rencontre est déjà annulée." : "Un brouillon ne s'annule pas : supprimez-le depuis sa fiche."}{" "}
          <Link href={`/admin/rencontres/${meeting.slug}`}>Retour à la fiche</Link>
        </p>
      )}
    </div>
  );
}
