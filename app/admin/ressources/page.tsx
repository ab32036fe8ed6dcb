import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { plural } from "@/lib/format";
import { listThemes } from "@/lib/meetings/queries";
import { PENDING_STATUS_LABELS, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from "@/lib/publications/labels";
import { REPORT_KINDS, REPORT_STATUSES } from "@/lib/publications/schema";
import { listReportsForStaff, parseStaffReportSearch, staffReportSort, staffReportsHref, staffReportYears, STAFF_REPORT_SORT_LABELS } from "@/lib/publications/staff-list";
import { formatDate, formatDateAtTime, formatStamp } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect, SearchField } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Ressources – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** Every report (comptes rendus, actualités…), whatever its status, for staff: filters, sorting, where each one stands. */
export default async function StaffReportsPage({ searchParams }: PageProps<"/admin/ressources">) {
  const user = await requirePageUser("staff", "/admin/ressources");
  const search = parseStaffReportSearch(await searchParams);
  const result = listReportsForStaff(db, { userId: user.id }, search);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const sort = staffReportSort(search);
  const caption =
    `Ressources – ${plural(result.total, "résultat")}, triées par ${STAFF_REPORT_SORT_LABELS[sort.key]}, ${sort.direction === "asc" ? "croissant" : "décroissant"}` +
    (pages > 1 ? ` (page ${result.page} sur ${pages})` : "");
  const filtered = Boolean(search.q || search.statut || search.type || search.theme || search.annee);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Ressources</h1>
        <Link href="/admin/ressources/nouveau" className="btn">
          Nouvelle ressource
        </Link>
      </div>

      <form method="get" action="/admin/ressources" role="search" aria-label="Filtrer les ressources" className="card mb-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3 lg:items-end">
        <SearchField id="filtre-q" name="q" label="Titre" hint="Tout ou partie du titre, accents facultatifs" value={search.q} />
        <FilterSelect
          id="filtre-statut"
          name="statut"
          label="Statut"
          allLabel="Tous les statuts"
          value={search.statut}
          options={[
            ...REPORT_STATUSES.map((status) => ({ value: status, label: REPORT_STATUS_LABELS[status] })),
            { value: "nouvelle-version", label: "Avec une nouvelle version en cours" },
          ]}
        />
        <FilterSelect id="filtre-type" name="type" label="Type" allLabel="Tous les types" value={search.type} options={REPORT_KINDS.map((kind) => ({ value: kind, label: REPORT_KIND_LABELS[kind] }))} />
        <FilterSelect id="filtre-theme" name="theme" label="Thématique" allLabel="Toutes les thématiques" value={search.theme} options={listThemes(db).map((theme) => ({ value: theme.slug, label: theme.name }))} />
        <FilterSelect
          id="filtre-annee"
          name="annee"
          label="Année"
          allLabel="Toutes les années"
          value={search.annee?.toString()}
          options={staffReportYears(db).map((year) => ({ value: String(year), label: String(year) }))}
        />
        {search.tri && <input type="hidden" name="tri" value={search.tri} />}
        {search.ordre && <input type="hidden" name="ordre" value={search.ordre} />}
        <div className="flex gap-2">
          <button type="submit" className="btn">
            Filtrer
          </button>
          <Link href={staffReportsHref({})} className="btn btn-secondary">
            Effacer
          </Link>
        </div>
      </form>

      {result.total === 0 ? (
        <p>{filtered ? "Aucune ressource ne correspond à ces critères." : "Aucune ressource pour l'instant."}</p>
      ) : (
        <DataTable
          caption={caption}
          showCaption
          sort={{ ...sort, hrefFor: (tri, ordre) => staffReportsHref(search, { tri: tri as typeof sort.key, ordre }) }}
          columns={[{ label: "Titre", sortKey: "titre" }, { label: "Date", sortKey: "date" }, "Type", "Statut", "Publication programmée", "Dernière modification"]}
        >
          {result.items.map((report) => (
            <tr key={report.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-semibold">
                <Link href={`/admin/ressources/${report.id}`}>{report.title}</Link>
              </th>
              <td className="p-2">
                {formatDate(report.date)}
                {!report.publishedAt && <span className="block text-muted">(création)</span>}
              </td>
              <td className="p-2">{REPORT_KIND_LABELS[report.kind]}</td>
              <td className="p-2">
                {REPORT_STATUS_LABELS[report.status]}
                {report.pendingStatus && <span className="block text-muted">{PENDING_STATUS_LABELS[report.pendingStatus]}</span>}
              </td>
              <td className="p-2">{report.publishAt ? formatDateAtTime(report.publishAt) : <span className="text-muted">Aucune</span>}</td>
              <td className="p-2">{formatStamp(report.lastChange)}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <Pagination page={result.page} pages={pages} hrefFor={(n) => staffReportsHref(search, { page: n })} />
    </div>
  );
}
