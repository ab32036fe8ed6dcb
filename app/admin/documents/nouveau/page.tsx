import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/documents/upload-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { uploadMaxBytes } from "@/lib/config";

export const metadata: Metadata = { title: "Téléverser des documents – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function NewDocumentsPage() {
  await requirePageUser("staff", "/admin/documents/nouveau");
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/admin/documents">Documents</Link> <span aria-hidden="true">›</span> Téléverser
      </p>
      <h1 className="mb-4 text-3xl font-bold">Téléverser des documents</h1>
      <p className="mb-6 max-w-2xl">
        Chaque PDF devient un document de la bibliothèque, titré d&apos;après le nom de son fichier : vous pourrez ensuite modifier son titre, sa description et ses thématiques, puis le joindre à une rencontre ou à une publication.
      </p>
      <UploadForm endpoint="/admin/documents/televerser" limit={uploadMaxBytes()} multiple withVisibility submitLabel="Téléverser" />
    </div>
  );
}
