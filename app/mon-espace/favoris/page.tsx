import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { db } from "@/db/client";
import { FavouriteButton } from "@/components/favourites/favourite-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeFile } from "@/lib/documents/describe";
import { documentHref } from "@/lib/documents/links";
import { listFavourites, type FavouriteKind } from "@/lib/favourites/rules";
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
          : `${plural(total, "favori")}\u00a0: ${plural(meetings.length, "rencontre")}, ${plural(reports.length, "ressource")}, ${plural(documents.length, "document")}.`}
      </p>

      <FavouriteSection
        id="favoris-rencontres"
        heading="Rencontres"
        empty="Aucune rencontre en favori."
        kind="rencontre"
        items={meetings.map((meeting) => ({
          ...meeting,
          link: (
            <>
              <Link href={`/rencontres/${meeting.slug}`} className="font-semibold">
                {meeting.title}
              </Link>{" "}
              <span className="text-sm text-muted">
                (<time dateTime={meeting.startsAt.toISOString()}>{formatDate(meeting.startsAt)}</time>)
              </span>
            </>
          ),
        }))}
      />
      <FavouriteSection
        id="favoris-ressources"
        heading="Ressources"
        empty="Aucune ressource en favori."
        kind="publication"
        items={reports.map((report) => ({
          ...report,
          link: (
            <>
              <span className="text-sm text-muted">{REPORT_KIND_LABELS[report.kind]} – </span>
              <Link href={`/ressources/${report.slug}`} className="font-semibold">
                {report.title}
              </Link>
            </>
          ),
        }))}
      />
      <FavouriteSection
        id="favoris-documents"
        heading="Documents"
        empty="Aucun document en favori."
        kind="document"
        items={documents.map((document) => ({
          ...document,
          link: (
            <>
              <a href={documentHref(document)} className="font-semibold">
                {document.title}
              </a>{" "}
              <span className="text-sm text-muted">{describeFile(document)}</span>
            </>
          ),
        }))}
      />
    </div>
  );
}

/** One kind of favourites: each with its link and its remove button, or what to say when there is none. */
function FavouriteSection({
  id,
  heading,
  empty,
  kind,
  items,
}: {
  id: string;
  heading: string;
  empty: string;
  kind: FavouriteKind;
  items: { id: string; title: string; link: ReactNode }[];
}) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="grid gap-3">
          {items.map((item) => (
            <li key={item.id} className="card flex flex-wrap items-center justify-between gap-3">
              <p>{item.link}</p>
              <FavouriteButton kind={kind} id={item.id} title={item.title} favourite />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
