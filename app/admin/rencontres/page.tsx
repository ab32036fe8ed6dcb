import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatInteger, plural } from "@/lib/format";
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from "@/lib/meetings/labels";
import { listThemes } from "@/lib/meetings/queries";
import { MEETING_STATUSES } from "@/lib/meetings/schema";
import {
  listMeetingsForStaff,
  parseStaffMeetingSearch,
  staffMeetingSort,
  staffMeetingsHref,
  STAFF_MEETING_SORT_LABELS,
} from "@/lib/meetings/staff-list";
import { formatSpan } from "@/lib/time";
import { MeetingFilterSelects } from "@/components/meetings/meeting-filter-selects";
import { DataTable } from "@/components/ui/data-table";
import { DayRangeFields } from "@/components/ui/day-range";
import { FilterSelect, SearchField } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { PUBLICATION_FORM_ID, PublicationBar, SelectAllMeetings } from "./bulk";

export const metadata: Metadata = { title: "Rencontres – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** Every meeting, whatever its status, for staff: filters, sorting, registrations per row, bulk publication. */
export default async function StaffMeetingsPage({ searchParams }: PageProps<"/admin/rencontres">) {
  const user = await requirePageUser("staff", "/admin/rencontres");
  const search = parseStaffMeetingSearch(await searchParams);
  const result = listMeetingsForStaff(db, { userId: user.id }, search);
  const themes = listThemes(db);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const sort = staffMeetingSort(search);
  const caption =
    `Rencontres – ${plural(result.total, "résultat")}, triées par ${STAFF_MEETING_SORT_LABELS[sort.key]}, ${sort.direction === "asc" ? "croissant" : "décroissant"}` +
    (pages > 1 ? ` (page ${result.page} sur ${pages})` : "");
  const filtered = Boolean(search.q || search.statut || search.type || search.periode || search.du || search.au || search.theme || search.departement);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Rencontres</h1>
        <Link href="/admin/rencontres/nouvelle" className="btn">
          Nouvelle rencontre
        </Link>
      </div>

      <form method="get" action="/admin/rencontres" role="search" aria-label="Filtrer les rencontres" className="card mb-6 grid gap-4 md:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <SearchField id="filtre-q" name="q" label="Titre" hint="Tout ou partie du titre, accents facultatifs" value={search.q} />
        <FilterSelect
          id="filtre-statut"
          name="statut"
          label="Statut"
          allLabel="Tous les statuts"
          value={search.statut}
          options={MEETING_STATUSES.map((status) => ({ value: status, label: MEETING_STATUS_LABELS[status] }))}
        />
        <FilterSelect
          id="filtre-periode"
          name="periode"
          label="Période"
          allLabel="Passées et à venir"
          value={search.periode}
          options={[
            { value: "a-venir", label: "À venir" },
            { value: "passees", label: "Passées" },
          ]}
        />
        <DayRangeFields legend="Dates (jours inclus)" from={search.du} to={search.au} className="md:col-span-2" />
        <MeetingFilterSelects search={search} themes={themes} departmentLabel="Département (structure d'accueil ou lieu)" />
        {search.tri && <input type="hidden" name="tri" value={search.tri} />}
        {search.ordre && <input type="hidden" name="ordre" value={search.ordre} />}
        <div className="flex gap-2">
          <button type="submit" className="btn">Filtrer</button>
          <Link href={staffMeetingsHref({})} className="btn btn-secondary">Effacer</Link>
        </div>
      </form>

      <PublicationBar />

      {result.total === 0 ? (
        <p>{filtered ? "Aucune rencontre ne correspond à ces critères." : "Aucune rencontre pour l'instant."}</p>
      ) : (
        <DataTable
          caption={caption}
          showCaption
          sort={{ ...sort, hrefFor: (tri, ordre) => staffMeetingsHref(search, { tri: tri as typeof sort.key, ordre }) }}
          columns={[
            { label: "Sélection", content: <SelectAllMeetings /> },
            { label: "Titre", sortKey: "titre" },
            { label: "Date", sortKey: "date" },
            "Type",
            "Statut",
            { label: "Confirmés / jauge", sortKey: "confirmes" },
            "Liste d'attente",
            "En attente de validation",
          ]}
        >
          {result.items.map((meeting) => (
            <tr key={meeting.id} className="border-b border-line align-top">
              <td className="p-2">
                <input
                  type="checkbox"
                  form={PUBLICATION_FORM_ID}
                  name="ids"
                  value={meeting.id}
                  data-title={meeting.title}
                  aria-label={`Sélectionner « ${meeting.title} »`}
                  className="size-4"
                />
              </td>
              <th scope="row" className="p-2 text-left font-semibold">
                <Link href={`/admin/rencontres/${meeting.slug}`}>{meeting.title}</Link>
                {(meeting.hostName || meeting.venueCity) && <span className="block font-normal text-muted">{[meeting.hostName, meeting.venueCity].filter(Boolean).join(" – ")}</span>}
              </th>
              <td className="p-2">{formatSpan(meeting)}</td>
              <td className="p-2">{MEETING_KIND_LABELS[meeting.kind]}</td>
              <td className="p-2">{MEETING_STATUS_LABELS[meeting.status]}</td>
              <td className="p-2">
                {formatInteger(meeting.confirmed)} / {meeting.capacity === null ? <span>sans limite</span> : formatInteger(meeting.capacity)}
              </td>
              <td className="p-2">{formatInteger(meeting.waitlisted)}</td>
              <td className="p-2">{formatInteger(meeting.pendingApproval)}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <Pagination page={result.page} pages={pages} hrefFor={(n) => staffMeetingsHref(search, { page: n })} />
    </div>
  );
}
