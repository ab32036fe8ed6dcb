import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/db/client";
import { listMeetingAttachments, searchDocuments } from "@/lib/documents/attachments";
import { singleValues, textParam } from "@/lib/lists/params";
import { plural } from "@/lib/format";
import { formatFileSize } from "@/lib/time";
import { staffMeetingPage } from "../meeting";
import { AttachmentsEditor, AttachForm } from "./editor";

export const metadata: Metadata = { title: "Fichiers joints de la rencontre" };

const SearchParams = z.object({ q: textParam });

export default async function FilesPage({ params, searchParams }: PageProps<"/admin/rencontres/[slug]/fichiers">) {
  const { slug } = await params;
  const { meeting } = await staffMeetingPage(slug, "/fichiers");
  const query = SearchParams.parse(singleValues(await searchParams)).q ?? "";
  const attached = listMeetingAttachments(db, meeting.id).map((a) => ({ ...a, size: formatFileSize(a.sizeBytes) }));
  const attachedIds = new Set(attached.map((a) => a.documentId));
  const results = query ? searchDocuments(db, query).filter((document) => !attachedIds.has(document.id)) : [];
  return (
    <div className="grid gap-8">
      <div>
        <h1 className="mb-2 text-3xl font-bold">{`Fichiers joints de « ${meeting.title} »`}</h1>
        <p className="text-muted">Ils s&apos;affichent dans cet ordre sur la page de la rencontre, sous leur libellé (ou leur titre).</p>
      </div>
      <AttachmentsEditor meetingId={meeting.id} slug={meeting.slug} attachments={attached} />
      <section aria-labelledby="titre-joindre" className="card">
        <h2 id="titre-joindre" className="mb-4 text-2xl font-bold">Joindre un document de la bibliothèque</h2>
        <form role="search" method="get" aria-label="Documents de la bibliothèque" className="mb-4 flex flex-wrap items-end gap-2">
          <div className="grow">
            <label htmlFor="recherche-document" className="field-label">
              Titre ou nom du fichier
            </label>
            <input id="recherche-document" type="search" name="q" defaultValue={query} className="field-input" />
          </div>
          <button type="submit" className="btn">
            Rechercher
          </button>
        </form>
        {query && (
          <>
            <p className="mb-2 font-semibold" id="resultats-documents">
              {results.length === 0 ? `Aucun document à joindre ne correspond à « ${query} ».` : `${plural(results.length, "document")} pour « ${query} »`}
            </p>
            <ul className="grid gap-3" aria-labelledby="resultats-documents">
              {results.map((document) => (
                <li key={document.id} className="rounded border border-line p-3">
                  <p className="font-semibold">{document.title}</p>
                  <p className="mb-2 text-sm text-muted">
                    {document.originalFilename}
                    {document.visibility === "members" && " · réservé aux membres"}
                  </p>
                  <AttachForm meetingId={meeting.id} slug={meeting.slug} documentId={document.id} title={document.title} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
