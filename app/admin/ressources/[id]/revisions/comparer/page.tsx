import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { compareRevisions, type RevisionEntry } from "@/lib/publications/revision-history";
import { formatDateTime } from "@/lib/time";
import { revisionsHref, staffRevisionHistory, STATE_LABELS } from "../history";
import { FieldChangeView, Legend } from "./diff";

type Props = PageProps<"/admin/ressources/[id]/revisions/comparer">;

/* Reads the signed-in user: rendered for each request, never cached. */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { history } = await staffRevisionHistory((await params).id, "/comparer");
  return { title: `Comparer deux versions de « ${history.report.title} » – compte rendu` };
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

function RevisionHeader({ term, revision }: { term: string; revision: RevisionEntry }) {
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd>
        Version {revision.number} du {formatDateTime(revision.createdAt)} (heure de Paris), par {revision.authorName ?? "auteur non renseigné"}
        {revision.state && ` – ${STATE_LABELS[revision.state]}`}
      </dd>
    </div>
  );
}

/**
 * Two revisions of a report compared field by field (`de`: the starting one, `a`: the one compared to it; by
 * default the two latest). A revision of another report, or an unknown one, is a 404.
 */
export default async function CompareRevisionsPage({ params, searchParams }: Props) {
  const { user, history } = await staffRevisionHistory((await params).id, "/comparer");
  const search = await searchParams;
  const [newest, previous] = history.revisions;
  const toId = single(search.a) ?? newest?.id;
  const fromId = single(search.de) ?? previous?.id ?? toId;
  const comparison = fromId && toId ? compareRevisions(db, { userId: user.id }, history.report.id, fromId, toId) : null;
  if (!comparison && (fromId || toId)) notFound();
  const back = revisionsHref(history.report.id);
  return (
    <div>
      <p className="mb-4 flex flex-wrap gap-x-6">
        <Link href={back}>Retour aux versions</Link>
        <Link href={`/admin/ressources/${encodeURIComponent(history.report.id)}`}>Retour au compte rendu</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{`Comparer deux versions de « ${history.report.title} »`}</h1>
      {!comparison ? (
        <p>Aucune version enregistrée pour ce compte rendu.</p>
      ) : (
        <>
          <dl className="card mb-6 grid gap-3">
            <RevisionHeader term="Version de départ" revision={comparison.from} />
            <RevisionHeader term="Comparée à" revision={comparison.to} />
          </dl>
          <Legend />
          <h2 className="mb-4 text-2xl font-bold">Changements</h2>
          {comparison.changes.length === 0 ? (
            <p className="mb-6">Les deux versions sont identiques.</p>
          ) : (
            comparison.changes.map((change) => <FieldChangeView key={change.field} change={change} />)
          )}
          {comparison.unchanged.length > 0 && <p className="mb-6">Inchangé&nbsp;: {comparison.unchanged.join(", ")}.</p>}
          <p>
            <Link href={back}>Choisir d&apos;autres versions à comparer ou restaurer une version</Link>
          </p>
        </>
      )}
    </div>
  );
}
