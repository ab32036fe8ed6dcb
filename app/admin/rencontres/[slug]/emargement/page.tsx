import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { checkInRoster } from "@/lib/attendance/check-in";
import { currentHalfDay, formatHalfDay } from "@/lib/attendance/half-days";
import { findMeetingHalfDays } from "@/lib/attendance/queries";
import { staffMeetingPage } from "../meeting";
import { CheckInDesk } from "./desk";

export const metadata: Metadata = { title: "Émargement" };

export default async function CheckInPage({ params }: PageProps<"/admin/rencontres/[slug]/emargement">) {
  const { slug } = await params;
  const { user, meeting } = await staffMeetingPage(slug, "/emargement");
  const halfDays = findMeetingHalfDays(db, meeting.id);
  const current = currentHalfDay(halfDays, new Date());
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{`Émargement de « ${meeting.title} »`}</h1>
      {current ? (
        <>
          <p className="mb-4 text-muted">
            La liste reste vide tant que rien n&apos;est saisi. Les marquages faits sans connexion sont gardés sur ce
            téléphone et envoyés dès son retour.
          </p>
          <CheckInDesk
            slug={meeting.slug}
            halfDays={halfDays.map((half) => ({ key: half.key, label: formatHalfDay(half), short: formatHalfDay(half, { withDate: halfDays.some((other) => other.day !== half.day) }) }))}
            initialHalfDay={current.key}
            roster={checkInRoster(db, { userId: user.id }, meeting.id)}
          />
        </>
      ) : (
        <p>Cette rencontre n&apos;a pas de demi-journée : renseignez ses dates dans sa fiche.</p>
      )}
      <p className="mt-8">
        <Link href={`/admin/rencontres/${meeting.slug}/emargement/feuille`}>Saisir les présences depuis la feuille signée</Link>
      </p>
    </div>
  );
}
