import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UploadForm } from "@/components/documents/upload-form";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { uploadMaxBytes } from "@/lib/config";
import { documentUrl } from "@/lib/api/present";
import { findDocumentFile } from "@/lib/documents/upload";
import { formatFileSize } from "@/lib/time";

export const metadata: Metadata = { title: "Remplacer le fichier d'un document – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function ReplaceDocumentFilePage({ params }: PageProps<"/admin/documents/[id]/remplacer">) {
  const { id } = await params;
  await requirePageUser("staff", `/admin/documents/${id}/remplacer`);
  const document = findDocumentFile(db, id);
  if (!document) notFound();
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/admin/documents">Documents</Link> <span aria-hidden="true">›</span> <Link href={`/admin/documents/${id}`}>{document.title}</Link>{" "}
        <span aria-hidden="true">›</span> Remplacer le fichier
      </p>
      <h1 className="mb-4 text-3xl font-bold">Remplacer le fichier de « {document.title} »</h1>
      <p className="mb-2 max-w-2xl">
        Fichier actuel : <a href={documentUrl(document.id, document.originalFilename)}>{document.originalFilename}</a> ({formatFileSize(document.sizeBytes)}
        {document.pageCount ? `, ${document.pageCount} pages` : ""}).
      </p>
      <p className="mb-6 max-w-2xl">
        Le document garde son adresse, son titre, sa description, sa visibilité et ses rattachements aux rencontres et publications : seul le fichier change. Les liens vers l&apos;ancien nom de fichier continuent de fonctionner.
      </p>
      <UploadForm endpoint={`/admin/documents/${id}/remplacer/televerser`} limit={uploadMaxBytes()} multiple={false} withVisibility={false} submitLabel="Remplacer le fichier" />
    </div>
  );
}
