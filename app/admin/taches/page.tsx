import type { Metadata } from "next";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeInterval, describeNextRun, formatRunDuration, JOB_OUTCOME_LABELS } from "@/lib/jobs/labels";
import { JOBS } from "@/lib/jobs/registry";
import { listJobStatuses, listRecentRuns } from "@/lib/jobs/runner";
import type { JobOutcome } from "@/lib/jobs/schema";
import { formatStampWithSeconds } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Tâches planifiées – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

const RECENT_RUNS = 50;

const OUTCOME_CLASSES: Record<JobOutcome, string> = { running: "", succeeded: "text-ok", failed: "font-bold text-danger" };

function Outcome({ outcome }: { outcome: JobOutcome }) {
  const label = JOB_OUTCOME_LABELS[outcome];
  return <span className={OUTCOME_CLASSES[outcome]}>{label.charAt(0).toUpperCase() + label.slice(1)}</span>;
}

/** What the server does on its own, and how each run went: admins only. */
export default async function JobsAdminPage() {
  await requirePageUser("admin", "/admin/taches");
  const statuses = listJobStatuses(db, JOBS);
  const runs = listRecentRuns(db, RECENT_RUNS);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Tâches planifiées</h1>
      <p className="mb-2 text-muted">
        Le serveur lance lui-même ces tâches ; une tâche partagée ne tourne jamais deux fois en même temps, même avec plusieurs processus ou depuis la
        ligne de commande (<code>npm run cli -- jobs run</code>).
      </p>
      <p className="mb-6 text-muted">
        Les passages sans effet (aucun courriel à envoyer, aucune échéance passée) ne sont pas enregistrés ; les exécutions lancées en ligne de commande le
        sont toujours.
      </p>

      <section aria-labelledby="titre-taches" className="mb-10">
        <h2 id="titre-taches" className="mb-4 text-2xl font-bold">Les tâches</h2>
        <DataTable
          caption="Tâches planifiées, avec leur fréquence, leur prochaine exécution et leur dernier résultat enregistré"
          columns={["Tâche", "Fréquence", "Prochaine exécution", "Dernière exécution enregistrée"]}
        >
          {statuses.map((status) => (
            <tr key={status.job.name} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-normal">
                <span className="font-semibold">{status.job.name}</span>
                <span className="block text-muted">{status.job.description}</span>
              </th>
              <td className="p-2">{describeInterval(status.job)}</td>
              <td className="p-2">{describeNextRun(status)}</td>
              <td className="p-2">
                {status.lastRun ? (
                  <>
                    <Outcome outcome={status.lastRun.outcome} />, {formatStampWithSeconds(status.lastRun.startedAt)}
                  </>
                ) : (
                  "Aucune"
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="titre-executions">
        <h2 id="titre-executions" className="mb-4 text-2xl font-bold">Dernières exécutions</h2>
        {runs.length === 0 ? (
          <p>Aucune exécution enregistrée.</p>
        ) : (
          <DataTable
            caption={`Les ${runs.length} dernières exécutions enregistrées, de la plus récente à la plus ancienne, avec leur résultat et, en cas d'échec, l'erreur`}
            columns={["Tâche", "Début", "Durée", "Lancée par", "Résultat", "Détail"]}
          >
            {runs.map((run) => (
              <tr key={run.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 text-left font-semibold">{run.job}</th>
                <td className="p-2 whitespace-nowrap">{formatStampWithSeconds(run.startedAt)}</td>
                <td className="p-2 whitespace-nowrap">{formatRunDuration(run) ?? "en cours"}</td>
                <td className="p-2">
                  {run.trigger}
                  <span className="block text-muted">{run.owner}</span>
                </td>
                <td className="p-2"><Outcome outcome={run.outcome} /></td>
                <td className="p-2 break-words">{run.outcome === "failed" ? `Erreur : ${run.error ?? "inconnue"}` : run.summary}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
