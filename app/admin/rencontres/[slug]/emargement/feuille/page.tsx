import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { checkInRoster } from "@/lib/attendance/check-in";
import { formatHalfDay } from "@/lib/attendance/half-days";
import { findMeetingHalfDays } from "@/lib/attendance/queries";
import { formalName } from "@/lib/people/names";
import { staffMeetingPage } from "../../meeting";
import { SheetGrid } from "./grid";

export const metadata: Metadata = { title: "Présences depuis la feuille d'émargement" };

export default async function SheetPage({ params }: PageProps<"/admin/rencontres/[slug]/emargement/feuille">) {
  const { slug } = await params;
  const { user, meeting } = await staffMeetingPage(slug, "/emargement/feuille");
  const halfDays = findMeetingHalfDays(db, meeting.id).map((half) => ({ key: half.key, label: formatHalfDay(half) }));
  const rows = checkInRoster(db, { userId: user.id }, meeting.id).map((person) => ({ registrationId: person.registrationId, name: formalName(person), organisation: person.organisation, attendance: person.attendance }));
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/admin/rencontres/${meeting.slug}/emargement`}>Émargement</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{`Présences depuis la feuille signée : « ${meeting.title} »`}</h1>
      <p className="mb-6 text-muted">
        Cochez chaque demi-journée signée sur la feuille d&apos;émargement. L&apos;ensemble est enregistré en une fois ;
        les présences marquées à l&apos;entrée sont déjà cochées.
      </p>
      {rows.length === 0 || halfDays.length === 0 ? <p>Aucun inscrit confirmé pour cette rencontre.</p> : <SheetGrid meetingId={meeting.id} slug={meeting.slug} halfDays={halfDays} rows={rows} />}
    </div>
  );
}
