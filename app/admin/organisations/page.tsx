import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { plural } from "@/lib/format";
import { DEPARTMENT_LABELS } from "@/lib/meetings/labels";
import { organisationsHref, parseOrganisationSearch } from "@/lib/organisations/filters";
import { GIP_COLLEGE_LABELS, ORGANISATION_KIND_LABELS } from "@/lib/organisations/labels";
import { deletionRecord, searchOrganisations, structuresToAttach } from "@/lib/organisations/queries";
import { DEPARTMENTS, ORGANISATION_KINDS } from "@/lib/organisations/schema";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect, SearchField } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { StructureDatalist } from "@/components/organisations/structure-datalist";
import { CreateOrganisationForm, Outcome, StructuresToAttach } from "./forms";

export const metadata: Metadata = { title: "Organisations – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function OrganisationsAdminPage({ searchParams }: PageProps<"/admin/organisations">) {
  await requirePageUser("staff", "/admin/organisations");
  const raw = await searchParams;
  const search = parseOrganisationSearch(raw);
  const result = searchOrganisations(db, search);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const filtered = Boolean(search.recherche || search.type || search.departement);
  const deleted = typeof raw.suppression === "string" ? deletionRecord(db, raw.suppression) : undefined;
  const groups = structuresToAttach(db).map((group) => ({ key: group.key, label: group.label, accounts: group.accounts.map(({ id, name, email }) => ({ id, name, email })) }));

  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Organisations</h1>
      {deleted && <Outcome>Organisation «&nbsp;{deleted.name}&nbsp;» supprimée.</Outcome>}

      <section aria-labelledby="titre-rattacher" className="mb-10">
        <h2 id="titre-rattacher" className="mb-2 text-2xl font-bold">
          Structures à rattacher ({plural(groups.reduce((sum, group) => sum + group.accounts.length, 0), "compte")})
        </h2>
        <p className="mb-4 max-w-3xl text-muted">
          Comptes créés avec «&nbsp;Autre structure&nbsp;» à l&apos;inscription, regroupés par le nom saisi. Rattachez-les à une organisation de la liste, ou
          créez-la.
        </p>
        {groups.length > 0 && <StructureDatalist withOther={false} />}
        <StructuresToAttach groups={groups} />
      </section>

      <section aria-labelledby="titre-liste">
        <h2 id="titre-liste" className="mb-4 text-2xl font-bold">Toutes les organisations</h2>
        <details className="mb-6">
          <summary className="btn btn-secondary cursor-pointer">Nouvelle organisation</summary>
          <CreateOrganisationForm />
        </details>

        <form method="get" action="/admin/organisations" role="search" aria-label="Filtrer les organisations" className="card mb-6 grid gap-4 lg:grid-cols-4 lg:items-end">
          <SearchField id="filtre-recherche" name="recherche" label="Rechercher" hint="Nom, sigle, ville ou code, accents indifférents" value={search.recherche} />
          <FilterSelect
            id="filtre-type"
            name="type"
            label="Type"
            allLabel="Tous les types"
            value={search.type}
            options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }))}
          />
          <FilterSelect
            id="filtre-departement"
            name="departement"
            label="Département"
            allLabel="Tous les départements"
            value={search.departement}
            options={DEPARTMENTS.map((department) => ({ value: department, label: DEPARTMENT_LABELS[department]! }))}
          />
          <div className="flex gap-2">
            <button type="submit" className="btn">Filtrer</button>
            <Link href={organisationsHref({})} className="btn btn-secondary">Effacer</Link>
          </div>
        </form>

        {result.total === 0 ? (
          <p>{filtered ? "Aucune organisation ne correspond à ces critères." : "Aucune organisation."}</p>
        ) : (
          <DataTable
            showCaption
            caption={`Organisations – ${plural(result.total, "résultat")}, par ordre alphabétique${pages > 1 ? ` (page ${result.page} sur ${pages})` : ""}`}
            columns={["Nom", "Type", "Département", "Ville", "GIP", "Personnes", "Rencontres", "Contacts"]}
          >
            {result.items.map((organisation) => (
              <tr key={organisation.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 text-left font-semibold">
                  <Link href={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
                  {organisation.shortName && <span className="block font-normal text-muted">{organisation.shortName}</span>}
                </th>
                <td className="p-2">{ORGANISATION_KIND_LABELS[organisation.kind]}</td>
                <td className="p-2">{organisation.department ? DEPARTMENT_LABELS[organisation.department] : "—"}</td>
                <td className="p-2">{organisation.city ?? "—"}</td>
                <td className="p-2">{organisation.gipMember ? `Membre${organisation.gipCollege ? ` (${GIP_COLLEGE_LABELS[organisation.gipCollege]})` : ""}` : "—"}</td>
                <td className="p-2 text-right">{organisation.uses.people}</td>
                <td className="p-2 text-right">{organisation.uses.meetings}</td>
                <td className="p-2 text-right">{organisation.uses.contacts}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={result.page} pages={pages} hrefFor={(page) => organisationsHref(search, { page })} />
      </section>
    </div>
  );
}
