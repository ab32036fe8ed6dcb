import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeDocumentUses, findDocumentForStaff } from "@/lib/documents/editing";
import { DOCUMENT_VISIBILITY_LABELS } from "@/lib/documents/labels";
import { documentHref, downloadHref, textVersionHref } from "@/lib/documents/links";
import { documentWarnings } from "@/lib/documents/staff-list";
import { formatInteger } from "@/lib/format";
import { listThemes } from "@/lib/meetings/queries";
import { formatDateTime, formatFileSize } from "@/lib/time";
import { DeleteDocumentForm, EditDocumentForm } from "./forms";

export const metadata: Metadata = { title: "Document – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** One document of the library: its fields, its file, where it is used, its deletion. */
export default async function StaffDocumentPage({ params }: PageProps<"/admin/documents/[id]">) {
  const { id } = await params;
  const user = await requirePageUser("staff", `/admin/documents/${id}`);
  const found = findDocumentForStaff(db, { userId: user.id }, id);
  if (!found) notFound();
  const { document, themeIds, uses } = found;
  const warnings = documentWarnings(document);
  const used = uses.meetings.length + uses.reports.length > 0;

  return (
    <div>
      <p className="mb-4">
        <Link href="/admin/documents">Tous les documents</Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{document.title}</h1>

      <section aria-labelledby="titre-fiche" className="mb-10">
        <h2 id="titre-fiche" className="mb-4 text-2xl font-bold">Fiche</h2>
        <EditDocumentForm
          documentId={document.id}
          values={{ title: document.title, description: document.description, visibility: document.visibility, themeIds }}
          themes={listThemes(db)}
        />
      </section>

      <section aria-labelledby="titre-fichier" className="mb-10">
        <h2 id="titre-fichier" className="mb-4 text-2xl font-bold">Fichier</h2>
        <dl className="card mb-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Nom</dt>
          <dd className="break-all">{document.originalFilename}</dd>
          <dt className="font-semibold">Taille</dt>
          <dd>{formatFileSize(document.sizeBytes)}</dd>
          <dt className="font-semibold">Pages</dt>
          <dd>{document.pageCount === null ? "inconnu" : formatInteger(document.pageCount)}</dd>
          <dt className="font-semibold">Fichier du</dt>
          <dd>{formatDateTime(document.fileChangedAt)}</dd>
          <dt className="font-semibold">Visibilité</dt>
          <dd>{DOCUMENT_VISIBILITY_LABELS[document.visibility]}</dd>
          <dt className="font-semibold">Téléchargements</dt>
          <dd>{formatInteger(document.downloadCount)}</dd>
          <dt className="font-semibold">Avertissements</dt>
          <dd>{warnings.length ? `Ce PDF ${warnings.join(" et ")}.` : "Aucun"}</dd>
        </dl>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={documentHref(document)}>Ouvrir le PDF</a>
          </li>
          <li>
            <a href={downloadHref(document)}>Télécharger le PDF</a>
          </li>
          <li>
            <a href={textVersionHref(document)}>Version texte</a>
          </li>
          <li>
            <Link href={`/admin/documents/${document.id}/remplacer`}>Remplacer le fichier</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="titre-utilisation" className="mb-10">
        <h2 id="titre-utilisation" className="mb-4 text-2xl font-bold">Utilisation</h2>
        {used ? (
          <ul className="list-disc pl-5">
            {uses.meetings.map((meeting) => (
              <li key={meeting.id}>
                Rencontre&nbsp;: <Link href={`/admin/rencontres/${meeting.slug}/fichiers`}>{meeting.title}</Link>
              </li>
            ))}
            {uses.reports.map((report) => (
              <li key={report.id}>
                Publication&nbsp;: <Link href={`/admin/ressources/${report.id}`}>{report.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Joint à aucune rencontre ni publication.</p>
        )}
      </section>

      <section aria-labelledby="titre-suppression">
        <h2 id="titre-suppression" className="mb-2 text-2xl font-bold">Supprimer</h2>
        <DeleteDocumentForm document={{ id: document.id, title: document.title }} uses={used ? describeDocumentUses(uses) : null} />
      </section>
    </div>
  );
}
