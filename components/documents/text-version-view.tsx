import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import { MembersOnlyNotice } from "@/components/ui/members-only-notice";
import { notFound } from "next/navigation";
import { cachedTextVersion } from "@/lib/documents/cached";
import { documentHref, downloadHref, textVersionHref } from "@/lib/documents/links";
import type { Role } from "@/lib/people/schema";
import { contentViewOf } from "@/lib/people/roles";
import { formatFileSize } from "@/lib/time";

export async function textVersionMetadata(id: string, role: Role | null): Promise<Metadata> {
  const result = await cachedTextVersion(id, contentViewOf(role));
  if (!result) return { title: "Document introuvable" };
  if (result.restricted) return { title: "Document réservé aux membres" };
  return publicPageMetadata({ title: `${result.document.title} – version texte`, path: textVersionHref(result.document) });
}

/**
 * The accessible text version of a PDF (RGAA 13.3): its title, then its extracted text in paragraphs, page by page.
 * `role` null for visitors (the cached public page), the reader's own otherwise.
 */
export async function TextVersionView({ id, role }: { id: string; role: Role | null }) {
  const result = await cachedTextVersion(id, contentViewOf(role));
  if (!result) notFound();
  if (result.restricted) {
    return (
      <MembersOnlyNotice
        heading="Document réservé aux membres"
        statement="Ce document est réservé aux membres du réseau."
        toRead="le lire"
        returnTo={textVersionHref({ id })}
        signedIn={role !== null}
      />
    );
  }
  const { document, pages } = result;
  return (
    <article className="card mx-auto max-w-3xl">
      <header className="mb-6 border-b border-line pb-4">
        <p className="badge mb-3">Version texte</p>
        <h1 className="mb-3 text-3xl font-bold">{document.title}</h1>
        <p className="text-sm text-muted">
          Texte extrait du PDF «&nbsp;<span className="break-all">{document.originalFilename}</span>&nbsp;» ({formatFileSize(document.sizeBytes)}
          {document.pageCount ? `, ${document.pageCount > 1 ? `${document.pageCount} pages` : "1 page"}` : ""}).
        </p>
        <p className="mt-2 flex flex-wrap gap-x-6">
          <a href={documentHref(document)}>Ouvrir le PDF</a>
          <a href={downloadHref(document)}>Télécharger le PDF</a>
        </p>
      </header>
      {pages.length === 0 ? (
        <p>Ce PDF ne contient pas de texte lisible par un programme (document scanné, par exemple)&nbsp;: demandez-en une version accessible à l&apos;équipe de l&apos;IREV.</p>
      ) : pages.length === 1 ? (
        <div className="max-w-prose space-y-3 leading-relaxed">
          {pages[0]!.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : (
        pages.map((paragraphs, page) => (
          <section key={page} aria-labelledby={`page-${page + 1}`} className="mb-6">
            <h2 id={`page-${page + 1}`} className="mb-2 text-xl font-bold">
              Page {page + 1}
            </h2>
            <div className="max-w-prose space-y-3 leading-relaxed">
              {paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </section>
        ))
      )}
    </article>
  );
}

