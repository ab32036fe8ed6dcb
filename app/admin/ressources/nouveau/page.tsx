import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { reportFormChoices } from "@/lib/publications/editing";
import { formatDate } from "@/lib/time";
import { createReportAction } from "../actions";
import { ReportForm } from "../report-form";

export const metadata: Metadata = { title: "Nouvelle ressource – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

const DEFAULTS = { kind: "compte_rendu", visibility: "public" };

export default async function NewReportPage() {
  await requirePageUser("staff", "/admin/ressources/nouveau");
  const { meetings, themes } = reportFormChoices(db);
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/admin/ressources">Ressources</Link> <span aria-hidden="true">›</span> Nouvelle
      </p>
      <h1 className="mb-4 text-3xl font-bold">Nouvelle ressource</h1>
      <p className="mb-6">La ressource est créée en brouillon : elle n&apos;est visible sur le site qu&apos;une fois publiée.</p>
      <ReportForm
        action={createReportAction}
        initial={DEFAULTS}
        attachments={[]}
        address="L'adresse de la page sera formée à partir du titre."
        meetings={meetings.map((m) => ({ id: m.id, name: `${m.title} (${formatDate(m.startsAt)})` }))}
        themes={themes}
        submitLabel="Créer la ressource"
      />
    </div>
  );
}
