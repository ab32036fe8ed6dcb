import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { frenchList, plural } from "@/lib/format";
import {
  describeOrganisationUses,
  findOrganisation,
  mergeRecord,
  organisationChoices,
  organisationUses,
  totalOrganisationUses,
} from "@/lib/organisations/queries";
import { DeleteOrganisationForm, EditOrganisationForm, MergeOrganisationForm, Outcome } from "../forms";

export const metadata: Metadata = { title: "Organisation – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** "; repris ici : 1 personne et 2 rencontres." after a merge, or a plain full stop when nothing used the removed one. */
function movedSummary(merged: { people: string[]; meetings: string[]; contacts: string[] }): string {
  const moved = [
    merged.people.length && plural(merged.people.length, "personne"),
    merged.meetings.length && plural(merged.meetings.length, "rencontre"),
    merged.contacts.length && plural(merged.contacts.length, "contact"),
  ].filter((part): part is string => Boolean(part));
  return moved.length > 0 ? ` ; repris ici : ${frenchList(moved)}.` : ".";
}

export default async function OrganisationAdminPage({ params, searchParams }: PageProps<"/admin/organisations/[id]">) {
  const { id } = await params;
  await requirePageUser("staff", `/admin/organisations/${id}`);
  const organisation = findOrganisation(db, id);
  if (!organisation) notFound();
  const { fusion } = await searchParams;
  const merged = typeof fusion === "string" ? mergeRecord(db, id, fusion) : undefined;
  const uses = organisationUses(db, [id]).get(id)!;
  const choices = organisationChoices(db).filter((choice) => choice.id !== id);

  return (
    <div>
      <p className="mb-4">
        <Link href="/admin/organisations">Toutes les organisations</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{organisation.name}</h1>
      <p className="mb-6 font-semibold">{describeOrganisationUses(uses)}.</p>
      {merged && (
        <Outcome>
          «&nbsp;{merged.removed.name}&nbsp;» fusionnée dans «&nbsp;{organisation.name}&nbsp;» puis supprimée
          {movedSummary(merged)}
        </Outcome>
      )}

      <section aria-labelledby="titre-fiche" className="mb-10">
        <h2 id="titre-fiche" className="mb-4 text-2xl font-bold">Fiche</h2>
        <EditOrganisationForm
          organisationId={organisation.id}
          values={{
            name: organisation.name,
            shortName: organisation.shortName ?? "",
            kind: organisation.kind,
            department: organisation.department ?? "",
            city: organisation.city ?? "",
            code: organisation.code ?? "",
            gipMember: organisation.gipMember,
            gipCollege: organisation.gipCollege ?? "",
          }}
        />
      </section>

      <section aria-labelledby="titre-fusion" className="mb-10">
        <h2 id="titre-fusion" className="mb-2 text-2xl font-bold">Fusionner avec une autre organisation</h2>
        <p className="mb-4 max-w-3xl text-muted">Pour un doublon&nbsp;: tout ce qui utilise celle-ci passe à l&apos;autre, puis celle-ci est supprimée.</p>
        <MergeOrganisationForm organisation={{ id: organisation.id, name: organisation.name }} uses={describeOrganisationUses(uses)} choices={choices} />
      </section>

      <section aria-labelledby="titre-suppression">
        <h2 id="titre-suppression" className="mb-2 text-2xl font-bold">Supprimer</h2>
        {totalOrganisationUses(uses) > 0 ? (
          <p>Suppression impossible tant qu&apos;elle est utilisée&nbsp;: fusionnez-la avec l&apos;organisation qui la remplace.</p>
        ) : (
          <DeleteOrganisationForm organisation={{ id: organisation.id, name: organisation.name }} />
        )}
      </section>
    </div>
  );
}
