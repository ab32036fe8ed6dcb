import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { FavouriteButton } from "@/components/favourites/favourite-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeFile } from "@/lib/documents/describe";
import { documentHref } from "@/lib/documents/links";
import { listFavourites } from "@/lib/favourites/rules";
import { plural } from "@/lib/format";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { formatDate } from "@/lib/time";

export const metadata: Metadata = { title: "Mes favoris" };
export const instant = false;

/* Personal: read from the database for each request, never cached. */
export default async function FavouritesPage() {
  const user = await requirePageUser("member", "/mon-espace/favoris");
  const { meetings, reports, documents } = listFavourites(db, user.id, user.role);
  const total = meetings.length + reports.length + documents.length;
  return (
    <div>
      <nav aria-label="Fil d'Ariane" className="mb-6 text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/mon-espace">Mon espace</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page" className="text-muted">
            Mes favoris
          </li>
        </ol>
      </nav>
      <h1 className="mb-4 text-3xl font-bold">
        Mes favoris
      </h1>
      <p className="mb-6">
        {total === 0
          ? "Vous n'avez pas encore de favori. Ajoutez-en depuis la page d'une rencontre, d'une ressource ou depuis la liste des documents."
          : `${plural(total, "favori")} : ${plural(meetings.length, "rencontre")}, ${plural(reports.length, "ressource")}, ${plural(documents.length, "document")}.`}
      </p>

      <section aria-labelledby="favoris-rencontres" className="mb-8">
        <h2 id="favoris-rencontres" className="mb-3 text-2xl font-bold">
          Rencontres
        </h2>
        {meetings.length === 0 ? (
          <p>Aucune rencontre en favori.</p>
        ) : (
          <ul className="grid gap-3">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="card flex flex-wrap items-center justify-between gap-3">
                <p>
                  <Link href={`/rencontres/${meeting.slug}`} className="font-semibold">
                    {meeting.title}
                  </Link>{" "}
                  <span className="text-sm text-muted">
                    (<time dateTime={meeting.startsAt.toISOString()}>{formatDate(meeting.startsAt)}</time>)
                  </span>
                </p>
                <FavouriteButton kind="rencontre" id={meeting.id} title={meeting.title} favourite />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="favoris-ressources" className="mb-8">
        <h2 id="favoris-ressources" className="mb-3 text-2xl font-bold">
          Ressources
        </h2>
        {reports.length === 0 ? (
          <p>Aucune ressource en favori.</p>
        ) : (
          <ul className="grid gap-3">
            {reports.map((report) => (
              <li key={report.id} className="card flex flex-wrap items-center justify-between gap-3">
                <p>
                  <span className="text-sm text-muted">{REPORT_KIND_LABELS[report.kind]} – </span>
                  <Link href={`/ressources/${report.slug}`} className="font-semibold">
                    {report.title}
                  </Link>
                </p>
                <FavouriteButton kind="publication" id={report.id} title={report.title} favourite />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="favoris-documents" className="mb-8">
        <h2 id="favoris-documents" className="mb-3 text-2xl font-bold">
          Documents
        </h2>
        {documents.length === 0 ? (
          <p>Aucun document en favori.</p>
        ) : (
          <ul className="grid gap-3">
            {documents.map((document) => (
              <li key={document.id} className="card flex flex-wrap items-center justify-between gap-3">
                <p>
                  <a href={documentHref(document)} className="font-semibold">
                    {document.title}
                  </a>{" "}
                  <span className="text-sm text-muted">{describeFile(document)}</span>
                </p>
                <FavouriteButton kind="document" id={document.id} title={document.title} favourite />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
