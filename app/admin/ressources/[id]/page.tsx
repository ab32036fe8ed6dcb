import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { attachedDocuments, findReportForStaff, reportFormChoices, reportFormValues } from "@/lib/publications/editing";
import { PENDING_STATUS_LABELS, REPORT_STATUS_LABELS } from "@/lib/publications/labels";
import { formatDate, formatDateAtTime } from "@/lib/time";
import { availableTransitions, isPublishable } from "@/lib/publications/workflow";
import { updateReportAction } from "../actions";
import { ReportForm } from "../report-form";
import { ScheduleControls, WorkflowButtons } from "./workflow";

export const metadata: Metadata = { title: "Ressource – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function EditReportPage({ params, searchParams }: PageProps<"/admin/ressources/[id]">) {
  const { id } = await params;
  const user = await requirePageUser("staff", `/admin/ressources/${id}`);
  const found = findReportForStaff(db, { userId: user.id }, id);
  if (!found) notFound();
  const { report, working } = found;
  const created = (await searchParams).cree === "1";
  const { meetings, themes } = reportFormChoices(db);
  const published = report.publishedAt !== null;

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/admin/ressources">Ressources</Link> <span aria-hidden="true">›</span> {report.title}
      </p>
      <h1 className="mb-4 text-3xl font-bold">{working.title}</h1>
      {created && (
        <p role="status" className="mb-4 rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
          Ressource créée en brouillon.
        </p>
      )}

      <section aria-labelledby="etat" className="card mb-6">
        <h2 id="etat" className="mb-3 text-2xl font-bold">
          État
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Statut</dt>
          <dd>{REPORT_STATUS_LABELS[report.status]}</dd>
          {report.pendingStatus && (
            <>
              <dt className="font-semibold">Nouvelle version</dt>
              <dd>{`${PENDING_STATUS_LABELS[report.pendingStatus]}\u00a0: les lecteurs voient la version publiée jusqu'à sa publication.`}</dd>
            </>
          )}
          {report.publishedAt && (
            <>
              <dt className="font-semibold">Publiée le</dt>
              <dd>{formatDate(report.publishedAt)}</dd>
            </>
          )}
          {report.modifiedAt && (
            <>
              <dt className="font-semibold">Modifiée le</dt>
              <dd>{formatDateAtTime(report.modifiedAt)}</dd>
            </>
          )}
        </dl>
        <p className="mt-3 flex flex-wrap gap-4">
          {report.status === "published" && <Link href={`/ressources/${report.slug}`}>Voir la page publique</Link>}
          <Link href={`/admin/ressources/${report.id}/revisions`}>Révisions (comparer, restaurer)</Link>
        </p>
        <WorkflowButtons reportId={report.id} title={report.title} transitions={availableTransitions(report)} />
        <ScheduleControls
          reportId={report.id}
          scheduledAt={report.publishAt ? formatDateAtTime(report.publishAt) : null}
          publishable={isPublishable(report)}
          what={report.pendingRevisionId ? "La nouvelle version" : "La ressource"}
        />
      </section>

      <ReportForm
        action={updateReportAction}
        reportId={report.id}
        initial={reportFormValues(working)}
        attachments={attachedDocuments(db, working.attachments)}
        address={
          <p>
            Adresse de la page : <code>/ressources/{working.slug}</code>
            <span className="block text-muted">
              {published
                ? "Fixe : la ressource a été publiée, les liens déjà diffusés doivent continuer de mener à elle."
                : "Elle suit le titre jusqu'à la première publication, puis ne change plus."}
            </span>
          </p>
        }
        meetings={meetings.map((m) => ({ id: m.id, name: `${m.title} (${formatDate(m.startsAt)})` }))}
        themes={themes}
        submitLabel={report.publishedAt ? "Enregistrer la nouvelle version" : "Enregistrer"}
      />
    </div>
  );
}
