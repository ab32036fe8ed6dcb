import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { plural } from "@/lib/format";
import { formatDateTime } from "@/lib/time";
import { revisionName, revisionsHref, staffRevisionHistory, STATE_LABELS } from "./history";
import { RestoreButton, RestoreForm } from "./restore-form";

type Props = PageProps<"/admin/ressources/[id]/revisions">;

/* Reads the signed-in user: rendered for each request, never cached. */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { history } = await staffRevisionHistory((await params).id, "");
  return { title: `Versions de « ${history.report.title} » – compte rendu` };
}

/** Every saved version of a report, newest first: choose two to compare, or restore one. */
export default async function RevisionsPage({ params }: Props) {
  const { history } = await staffRevisionHistory((await params).id, "");
  const { report, revisions } = history;
  const newest = revisions[0];
  const previous = revisions[1] ?? newest;
  return (
    <div>
      <p className="mb-4">
        <Link href={`/admin/ressources/${encodeURIComponent(report.id)}`}>Retour au compte rendu</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{`Versions de « ${report.title} »`}</h1>
      <p className="mb-6 max-w-3xl text-muted">
        Chaque enregistrement du compte rendu garde une version complète (textes, thématiques, fichiers joints).
        {report.hasBeenPublished
          ? " Une version restaurée devient la version en attente : le texte publié reste en ligne jusqu'à sa publication."
          : " Une version restaurée remplace le contenu du compte rendu."}{" "}
        Restaurer enregistre une nouvelle version&nbsp;: aucune n&apos;est effacée.
      </p>

      <RestoreForm reportId={report.id} />

      {newest && previous && revisions.length > 1 ? (
        <form method="get" action={`${revisionsHref(report.id)}/comparer`} aria-labelledby="titre-comparer" className="card mb-6">
          <h2 id="titre-comparer" className="mb-3 text-xl font-bold">Comparer deux versions</h2>
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <label htmlFor="comparer-de" className="field-label">Version de départ</label>
              <select id="comparer-de" name="de" defaultValue={previous.id} className="field-input">
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>{revisionName(revision)}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="comparer-a" className="field-label">Version d&apos;arrivée</label>
              <select id="comparer-a" name="a" defaultValue={newest.id} className="field-input">
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>{revisionName(revision)}</option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="btn mt-4">Comparer</button>
        </form>
      ) : (
        <p className="mb-6">{revisions.length === 0 ? "Aucune version enregistrée pour ce compte rendu." : "Une seule version enregistrée : rien à comparer pour l'instant."}</p>
      )}

      {revisions.length > 0 && (
        <DataTable
          caption={`Versions de « ${report.title} » – ${plural(revisions.length, "version")}, de la plus récente à la plus ancienne`}
          showCaption
          columns={["Version", "Date et heure (Paris)", "Auteur", "État", "Actions"]}
        >
          {revisions.map((revision, index) => {
            const before = revisions[index + 1];
            const when = formatDateTime(revision.createdAt);
            return (
              <tr key={revision.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 text-left">Version {revision.number}</th>
                <td className="p-2">{when}</td>
                <td className="p-2">{revision.authorName ?? "Non renseigné"}</td>
                <td className="p-2">
                  {revision.state ? (
                    <span className="badge">{STATE_LABELS[revision.state]}</span>
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">Ni publiée ni en attente</span>
                    </>
                  )}
                </td>
                <td className="p-2">
                  <div className="flex flex-wrap items-center gap-3">
                    {before && (
                      <Link href={`${revisionsHref(report.id)}/comparer?de=${encodeURIComponent(before.id)}&a=${encodeURIComponent(revision.id)}`}>
                        Comparer avec la version {before.number}
                        <span className="sr-only"> (changements de la version {revision.number})</span>
                      </Link>
                    )}
                    {revision.working ? (
                      <span className="text-muted">Version de travail actuelle</span>
                    ) : (
                      <RestoreButton revisionId={revision.id} number={revision.number} when={when} hasBeenPublished={report.hasBeenPublished} />
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
