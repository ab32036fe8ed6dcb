import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterSelect, SearchField } from "@/components/ui/filter-select";
import { plural } from "@/lib/format";
import { DEPARTMENTS } from "@/lib/organisations/schema";
import { REGISTRATION_STATUS_LABELS } from "@/lib/registrations/labels";
import { listRegistrants, registrantCounts, registrantOrganisations } from "@/lib/registrations/queries";
import {
  parseRegistrantSearch,
  REGISTRANT_COLUMN_LABELS,
  REGISTRANT_COLUMNS,
  registrantsHref,
  shownColumns,
  type RegistrantSort,
} from "@/lib/registrations/registrant-search";
import { frenchStamp, registrantTable, type RegistrantCell } from "@/lib/registrations/registrant-table";
import { REGISTRATION_STATUSES } from "@/lib/registrations/schema";
import { meetingAttestations } from "@/lib/attendance/attestations";
import { attestationPdfHref, attestationsZipHref } from "@/lib/attendance/links";
import { staffMeetingPage } from "../meeting";
import { BadgesForm } from "./badges-form";
import { DEFAULT_MESSAGE_STATUSES, MESSAGE_STATUS_LABELS } from "@/lib/registrations/messages";
import { RegistrantMessageForm } from "./message-form";
import { SentMessages } from "./sent-messages";
import { ACTIONS_FORM_ID, AddRegistrantForm, RegistrantDetailsForm, RegistrantsActionForm, RowActions, SelectAllPending } from "./forms";

export const metadata: Metadata = { title: "Inscrits – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

const SORT_LABELS: Record<RegistrantSort, string> = { nom: "nom de famille", structure: "structure", date: "date d'inscription" };

function cellText(cell: RegistrantCell): string {
  if (cell === null) return "—";
  return cell instanceof Date ? frenchStamp(cell) : cell;
}

/** The people registered to one meeting: counts, filters, the chosen columns, and the exports of what is shown. */
export default async function RegistrantsPage({ params, searchParams }: PageProps<"/admin/rencontres/[slug]/inscrits">) {
  const { slug } = await params;
  const { meeting } = await staffMeetingPage(slug, "/inscrits");
  const search = parseRegistrantSearch(await searchParams);
  const base = `/admin/rencontres/${meeting.slug}/inscrits`;
  const counts = registrantCounts(db, meeting);
  const rows = listRegistrants(db, meeting.id, search);
  const columns = shownColumns(search);
  const table = registrantTable(meeting.questions, rows, columns);
  const organisationNames = registrantOrganisations(db, meeting.id);
  const attestationNumbers = new Map(meetingAttestations(db, meeting.id).map((attestation) => [attestation.registrationId, attestation.number]));
  const sortKey = search.tri ?? "nom";
  const direction = search.ordre ?? "asc";
  const filtered = Boolean(search.q || search.statut || search.structure || search.departement);
  const sortable: Record<string, RegistrantSort> = { organisation: "structure", inscription: "date" };
  const headers: Column[] = [
    { label: "Nom et prénom", sortKey: "nom" },
    ...table.headers.map((header) => ({ label: header.label, sortKey: sortable[header.key] })),
    "Actions",
  ];

  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Inscrits – {meeting.title}</h1>

      <section aria-labelledby="titre-effectifs" className="mb-8">
        <h2 id="titre-effectifs" className="mb-3 text-2xl font-bold">Effectifs</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {[
            ["Confirmées", counts.confirmed],
            ["Liste d'attente", counts.waitlisted],
            ["En attente de validation", counts.pending_approval],
            ["Refusées", counts.refused],
            ["Annulées", counts.cancelled],
            ["Places restantes", counts.seatsLeft === null ? "sans limite" : counts.seatsLeft],
          ].map(([label, value]) => (
            <div key={label} className="card">
              <dt className="text-sm">{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <form method="get" action={base} role="search" aria-label="Filtrer les inscrits" className="card mb-6 grid gap-4 lg:grid-cols-4 lg:items-end">
        <SearchField id="filtre-recherche" name="q" label="Rechercher" hint="Nom, adresse e-mail ou structure, avec ou sans accents" value={search.q} />
        <FilterSelect
          id="filtre-statut"
          name="statut"
          label="Statut"
          allLabel="Tous les statuts"
          value={search.statut}
          options={REGISTRATION_STATUSES.map((status) => ({ value: status, label: REGISTRATION_STATUS_LABELS[status] }))}
        />
        <FilterSelect
          id="filtre-structure"
          name="structure"
          label="Structure"
          allLabel="Toutes les structures"
          value={search.structure}
          options={organisationNames.map((name) => ({ value: name, label: name }))}
        />
        <FilterSelect
          id="filtre-departement"
          name="departement"
          label="Département"
          allLabel="Tous les départements"
          value={search.departement}
          options={DEPARTMENTS.map((department) => ({ value: department, label: department }))}
        />
        <fieldset className="lg:col-span-4">
          <legend className="field-label">Colonnes affichées et exportées</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {REGISTRANT_COLUMNS.map((column) => (
              <label key={column} className="inline-flex items-center gap-2">
                <input type="checkbox" name="colonnes" value={column} defaultChecked={columns.includes(column)} className="size-4" />
                {REGISTRANT_COLUMN_LABELS[column]}
              </label>
            ))}
          </div>
        </fieldset>
        {search.tri && <input type="hidden" name="tri" value={search.tri} />}
        {search.ordre && <input type="hidden" name="ordre" value={search.ordre} />}
        <div className="flex gap-2">
          <button type="submit" className="btn">Filtrer</button>
          <Link href={base} className="btn btn-secondary">Effacer</Link>
        </div>
      </form>

      <p className="mb-4 flex flex-wrap gap-3">
        <a href={registrantsHref(`${base}/export`, search, { format: "xlsx" })} className="btn btn-secondary">
          Exporter la liste affichée (Excel, XLSX)
        </a>
        <a href={registrantsHref(`${base}/export`, search, { format: "csv" })} className="btn btn-secondary">
          Exporter la liste affichée (CSV)
        </a>
        {attestationNumbers.size > 0 && (
          <a href={attestationsZipHref(meeting.slug)} download className="btn btn-secondary">
            {`Télécharger les attestations de présence (ZIP, ${plural(attestationNumbers.size, "attestation")})`}
          </a>
        )}
      </p>
      <BadgesForm base={base} confirmed={counts.confirmed} />

      <AddRegistrantForm meetingId={meeting.id} slug={meeting.slug} />
      <RegistrantsActionForm meetingId={meeting.id} slug={meeting.slug} pendingCount={counts.pending_approval} />
      {rows.some((row) => row.status === "pending_approval") && (
        <p className="mb-2">
          <label className="inline-flex items-center gap-2">
            <SelectAllPending />
            Sélectionner toutes les demandes en attente affichées
          </label>
        </p>
      )}

      {rows.length === 0 ? (
        <p>{filtered ? "Aucune inscription ne correspond à ces critères." : "Personne ne s'est encore inscrit à cette rencontre."}</p>
      ) : (
        <DataTable
          caption={`Inscrits – ${plural(rows.length, "résultat")}, triés par ${SORT_LABELS[sortKey]}, ${direction === "asc" ? "croissant" : "décroissant"}`}
          showCaption
          columns={headers}
          sort={{ key: sortKey, direction, hrefFor: (key, dir) => registrantsHref(base, search, { tri: key, ordre: dir }) }}
        >
          {table.rows.map((row) => (
            <tr key={row.registrant.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-semibold">
                {row.registrant.status === "pending_approval" && (
                  <input type="checkbox" form={ACTIONS_FORM_ID} name="ids" value={row.registrant.id} aria-label={`Sélectionner ${row.name}`} className="mr-2 size-4" />
                )}
                {row.name}
              </th>
              {row.cells.map((cell, i) => (
                <td key={table.headers[i]!.key} className="p-2 whitespace-pre-line">{cellText(cell)}</td>
              ))}
              <td className="p-2">
                {attestationNumbers.has(row.registrant.id) && (
                  <p className="mb-2">
                    <a href={attestationPdfHref(meeting.slug, attestationNumbers.get(row.registrant.id)!)} download>
                      {`Attestation de présence n° ${attestationNumbers.get(row.registrant.id)} (PDF)`}
                    </a>
                  </p>
                )}
                <RowActions id={row.registrant.id} name={row.name} status={row.registrant.status} position={row.registrant.waitlistPosition} waitlistLength={counts.waitlisted} />
                <RegistrantDetailsForm
                  meetingId={meeting.id}
                  slug={meeting.slug}
                  id={row.registrant.id}
                  name={row.name}
                  questions={meeting.questions}
                  answers={row.registrant.answers}
                  note={row.registrant.staffNote}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <RegistrantMessageForm
        meetingId={meeting.id}
        slug={meeting.slug}
        choices={REGISTRATION_STATUSES.map((status) => ({ value: status, label: MESSAGE_STATUS_LABELS[status], count: counts[status], checked: DEFAULT_MESSAGE_STATUSES.includes(status) }))}
      />
      <SentMessages meetingId={meeting.id} />
    </div>
  );
}
