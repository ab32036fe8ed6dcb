import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { meetingFormChoices } from "@/lib/meetings/editing";
import { createMeetingAction } from "../[slug]/fiche-actions";
import { MeetingForm } from "../[slug]/meeting-form";

export const metadata: Metadata = { title: "Nouvelle rencontre – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/* A new meeting starts as an open, public draft with a waitlist. */
const DEFAULTS = { audience: "public", registrationEnabled: "on", waitlistEnabled: "on" };

export default async function NewMeetingPage() {
  await requirePageUser("staff", "/admin/rencontres/nouvelle");
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/admin/rencontres">Rencontres</Link> <span aria-hidden="true">›</span> Nouvelle
      </p>
      <h1 className="mb-4 text-3xl font-bold">Nouvelle rencontre</h1>
      <p className="mb-6">La rencontre est créée en brouillon : elle n&apos;est visible sur le site qu&apos;une fois publiée.</p>
      <MeetingForm action={createMeetingAction} initial={DEFAULTS} {...meetingFormChoices(db)} registrantsToNotify={0} confirmed={0} submitLabel="Créer la rencontre" />
    </div>
  );
}
