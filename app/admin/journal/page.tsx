import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  journalChoices,
  journalHref,
  journalRecordHref,
  labelOf,
  NO_ACTOR,
  parseJournalSearch,
  searchJournal,
  type JournalEntry,
} from "@/lib/audit/journal";
import { requirePageUser } from "@/lib/auth/current-user";
import { plural } from "@/lib/format";
import { formatStamp } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";
import { DayRangeFields } from "@/components/ui/day-range";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Journal – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

function RecordCell({ entry }: { entry: JournalEntry }) {
  const href = journalRecordHref(entry);
  const name = entry.meetingTitle ? `« ${entry.meetingTitle} »` : entry.entityId;
  return (
    <>
      <span className="block">{labelOf(AUDIT_ENTITY_LABELS, entry.entityType)}</span>
      {href ? <Link href={href}>{name}</Link> : <span className="break-all text-muted">{name}</span>}
    </>
  );
}

function Details({ details }: { details: Record<string, unknown> }) {
  if (Object.keys(details).length === 0) return <span className="text-muted">—</span>;
  return (
    <details>
      <summary className="cursor-pointer">Voir le détail</summary>
      <pre className="mt-2 max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

/** The audit log: who did what to which record, when; administrators only. */
export default async function JournalPage({ searchParams }: PageProps<"/admin/journal">) {
  const user = await requirePageUser("admin", "/admin/journal");
  const search = parseJournalSearch(await searchParams);
  const actor = { userId: user.id };
  const result = searchJournal(db, actor, search);
  const choices = journalChoices(db, actor);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const filtered = Boolean(search.qui || search.action || search.type || search.du || search.au);
  const caption =
    `Journal – ${plural(result.total, "entrée")}, de la plus récente à la plus ancienne` + (pages > 1 ? ` (page ${result.page} sur ${pages})` : "");

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Journal</h1>
      <p className="mb-6 text-muted">Qui a fait quoi, sur quel enregistrement, et quand&nbsp;: publications, annulations, rôles, inscriptions modifiées par l&apos;équipe…</p>

      <form method="get" action="/admin/journal" aria-label="Filtrer le journal" className="card mb-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3 lg:items-end">
        <FilterSelect
          id="filtre-qui"
          name="qui"
          label="Qui"
          allLabel="Tout le monde"
          value={search.qui}
          options={[...choices.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` })), { value: NO_ACTOR, label: "Ligne de commande ou plateforme" }]}
        />
        <FilterSelect
          id="filtre-action"
          name="action"
          label="Action"
          allLabel="Toutes les actions"
          value={search.action}
          options={choices.actions.map((action) => ({ value: action, label: labelOf(AUDIT_ACTION_LABELS, action) }))}
        />
        <FilterSelect
          id="filtre-type"
          name="type"
          label="Type d'enregistrement"
          allLabel="Tous les types"
          value={search.type}
          options={choices.types.map((type) => ({ value: type, label: labelOf(AUDIT_ENTITY_LABELS, type) }))}
        />
        <DayRangeFields legend="Période (jours inclus)" from={search.du} to={search.au} className="md:col-span-2" />
        <div className="flex gap-2">
          <button type="submit" className="btn">Filtrer</button>
          <Link href={journalHref({})} className="btn btn-secondary">Effacer</Link>
        </div>
      </form>

      {result.total === 0 ? (
        <p>{filtered ? "Aucune entrée ne correspond à ces critères." : "Le journal est vide."}</p>
      ) : (
        <DataTable caption={caption} showCaption columns={["Date", "Qui", "Action", "Enregistrement", "Détails"]}>
          {result.items.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-normal whitespace-nowrap">{formatStamp(entry.createdAt)}</th>
              <td className="p-2">{entry.actorName ?? <span className="text-muted">Ligne de commande ou plateforme</span>}</td>
              <td className="p-2">{labelOf(AUDIT_ACTION_LABELS, entry.action)}</td>
              <td className="p-2"><RecordCell entry={entry} /></td>
              <td className="p-2"><Details details={entry.details} /></td>
            </tr>
          ))}
        </DataTable>
      )}

      <Pagination page={result.page} pages={pages} hrefFor={(n) => journalHref(search, { page: n })} />
    </div>
  );
}
