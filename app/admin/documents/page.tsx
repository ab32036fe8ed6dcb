import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { documentDeletionRecord } from "@/lib/documents/editing";
import { DOCUMENT_VISIBILITY_LABELS } from "@/lib/documents/labels";
import { VISIBILITIES } from "@/lib/documents/schema";
import {
  DOCUMENT_USE_LABELS,
  DOCUMENT_USES,
  DOCUMENT_WARNING_FILTER_LABELS,
  DOCUMENT_WARNING_FILTERS,
  documentWarnings,
  listDocumentsForStaff,
  parseStaffDocumentSearch,
  STAFF_DOCUMENT_SORT_LABELS,
  staffDocumentSort,
  staffDocumentsHref,
} from "@/lib/documents/staff-list";
import { formatInteger, plural } from "@/lib/format";
import { listThemes } from "@/lib/meetings/queries";
import { formatFileSize, formatShortDate } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect, SearchField } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { Outcome } from "../organisations/forms";

export const metadata: Metadata = { title: "Documents – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** The library of PDFs: search, filters, sorting; each row leads to the document's page. */
export default async function StaffDocumentsPage({ searchParams }: PageProps<"/admin/documents">) {
  const user = await requirePageUser("staff", "/admin/documents");
  const raw = await searchParams;
  const search = parseStaffDocumentSearch(raw);
  const result = listDocumentsForStaff(db, { userId: user.id }, search);
  const themes = listThemes(db);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const sort = staffDocumentSort(search);
  const caption =
    `Documents – ${plural(result.total, "résultat")}, triés par ${STAFF_DOCUMENT_SORT_LABELS[sort.key]}, ${sort.direction === "asc" ? "croissant" : "décroissant"}` +
    (pages > 1 ? ` (page ${result.page} sur ${pages})` : "");
  const deleted = typeof raw.suppression === "string" ? documentDeletionRecord(db, raw.suppression) : undefined;
  const filtered = Boolean(search.q || search.visibilite || search.theme || search.usage || search.alerte);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Documents</h1>
        <Link href="/admin/documents/nouveau" className="btn">
          Téléverser des PDF
        </Link>
      </div>

      {deleted && <Outcome>Document «&nbsp;{deleted.title}&nbsp;» supprimé.</Outcome>}

      <form method="get" action="/admin/documents" role="search" aria-label="Filtrer les documents" className="card mb-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3 lg:items-end">
        <SearchField id="filtre-q" name="q" label="Titre ou nom du fichier" hint="Tout ou partie, accents facultatifs" value={search.q} />
        <FilterSelect
          id="filtre-visibilite"
          name="visibilite"
          label="Visibilité"
          allLabel="Toutes les visibilités"
          value={search.visibilite}
          options={VISIBILITIES.map((visibility) => ({ value: visibility, label: DOCUMENT_VISIBILITY_LABELS[visibility] }))}
        />
        <FilterSelect id="filtre-theme" name="theme" label="Thématique" allLabel="Toutes les thématiques" value={search.theme} options={themes.map((theme) => ({ value: theme.slug, label: theme.name }))} />
        <FilterSelect id="filtre-usage" name="usage" label="Utilisation" allLabel="Joints ou non" value={search.usage} options={DOCUMENT_USES.map((use) => ({ value: use, label: DOCUMENT_USE_LABELS[use] }))} />
        <FilterSelect
          id="filtre-alerte"
          name="alerte"
          label="Avertissements"
          allLabel="Avec ou sans avertissement"
          value={search.alerte}
          options={DOCUMENT_WARNING_FILTERS.map((warning) => ({ value: warning, label: DOCUMENT_WARNING_FILTER_LABELS[warning] }))}
        />
        {search.tri && <input type="hidden" name="tri" value={search.tri} />}
        {search.ordre && <input type="hidden" name="ordre" value={search.ordre} />}
        <div className="flex gap-2">
          <button type="submit" className="btn">Filtrer</button>
          <Link href={staffDocumentsHref({})} className="btn btn-secondary">Effacer</Link>
        </div>
      </form>

      {result.total === 0 ? (
        <p>{filtered ? "Aucun document ne correspond à ces critères." : "Aucun document pour l'instant."}</p>
      ) : (
        <DataTable
          caption={caption}
          showCaption
          sort={{ ...sort, hrefFor: (tri, ordre) => staffDocumentsHref(search, { tri: tri as typeof sort.key, ordre }) }}
          columns={[
            { label: "Titre", sortKey: "titre" },
            "Fichier",
            { label: "Taille", sortKey: "taille" },
            "Pages",
            { label: "Téléchargements", sortKey: "telechargements" },
            "Utilisé",
            "Avertissements",
            { label: "Ajouté le", sortKey: "date" },
          ]}
        >
          {result.items.map((document) => (
            <tr key={document.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-semibold">
                <Link href={`/admin/documents/${document.id}`}>{document.title}</Link>
                {document.visibility === "members" && <span className="block font-normal text-muted">{DOCUMENT_VISIBILITY_LABELS.members}</span>}
              </th>
              <td className="break-all p-2">{document.originalFilename}</td>
              <td className="whitespace-nowrap p-2">{formatFileSize(document.sizeBytes)}</td>
              <td className="p-2">{document.pageCount === null ? "–" : formatInteger(document.pageCount)}</td>
              <td className="p-2">{formatInteger(document.downloadCount)}</td>
              <td className="p-2">{document.uses === 0 ? "Nulle part" : plural(document.uses, "page")}</td>
              <td className="p-2">{documentWarnings(document).join(", ") || "–"}</td>
              <td className="whitespace-nowrap p-2">{formatShortDate(document.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <Pagination page={result.page} pages={pages} hrefFor={(n) => staffDocumentsHref(search, { page: n })} />
    </div>
  );
}
