import type { Metadata } from "next";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { formalName } from "@/lib/people/names";
import { listUsersForStaff } from "@/lib/people/service";
import { hasRole, ROLE_LABELS } from "@/lib/people/roles";
import { formatDateTime } from "@/lib/time";
import { OTHER_STRUCTURE } from "@/lib/organisations/labels";
import { StructureDatalist } from "@/components/organisations/structure-datalist";
import { ApprovalForms, RoleForm, StructureCell } from "./forms";

export const metadata: Metadata = { title: "Membres – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

const STATUS_LABELS = { active: "Actif", refused: "Refusé", deleted: "Supprimé" } as const;

export default async function MembersAdminPage() {
  const viewer = await requirePageUser("staff", "/admin/membres");
  const accounts = listUsersForStaff(db);
  const pending = accounts.filter((a) => a.role === "pending" && a.status === "active" && a.emailVerified);
  const isAdmin = hasRole(viewer.role, "admin");
  const toAttach = accounts.some((a) => !a.organisationName && a.organisationOther);

  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Membres</h1>
      {toAttach && (
        <StructureDatalist withOther={false} />
      )}
      <section aria-labelledby="titre-attente" className="mb-10">
        <h2 id="titre-attente" className="mb-4 text-2xl font-bold">Comptes en attente de validation</h2>
        <p className="mb-4 text-muted">Seuls les comptes dont l&apos;adresse e-mail est confirmée apparaissent ici.</p>
        {pending.length === 0 ? (
          <p>Aucun compte en attente.</p>
        ) : (
          <ul className="grid gap-3">
            {pending.map((a) => (
              <li key={a.id} className="card flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p className="font-bold">{a.name}</p>
                  <p className="text-sm">
                    {a.email} · {a.organisationName ?? (a.organisationOther ? `${OTHER_STRUCTURE} : ${a.organisationOther}` : "structure non renseignée")}
                    {a.jobTitle ? ` · ${a.jobTitle}` : ""}
                  </p>
                  <p className="text-sm text-muted">
                    Inscrit le {formatDateTime(a.createdAt)} · adresse e-mail confirmée
                  </p>
                </div>
                <ApprovalForms userId={a.id} name={a.name} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-tous">
        <h2 id="titre-tous" className="mb-4 text-2xl font-bold">Tous les comptes</h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Comptes de la plateforme par ordre alphabétique des noms, avec leur rôle et leur statut</caption>
            <thead>
              <tr className="border-b-2 border-brand text-left">
                <th scope="col" className="p-2">Nom et prénom</th>
                <th scope="col" className="p-2">Adresse e-mail</th>
                <th scope="col" className="p-2">Structure</th>
                <th scope="col" className="p-2">Statut</th>
                <th scope="col" className="p-2">Rôle</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className="border-b border-line align-top">
                  <th scope="row" className="p-2 text-left font-semibold">{a.status === "deleted" ? a.name : formalName(a)}</th>
                  <td className="p-2">{a.email}</td>
                  <td className="p-2">
                    <StructureCell userId={a.id} name={a.name} organisationName={a.organisationName} organisationOther={a.organisationOther} />
                  </td>
                  <td className="p-2">{STATUS_LABELS[a.status]}</td>
                  <td className="p-2">
                    {isAdmin && a.id !== viewer.id ? <RoleForm userId={a.id} name={a.name} role={a.role} /> : ROLE_LABELS[a.role]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
