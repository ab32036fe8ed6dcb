"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { ReportTransition } from "@/lib/publications/workflow";
import { cancelScheduleAction, scheduleReportAction, transitionReportAction } from "../actions";

const LABELS: Record<ReportTransition, string> = {
  submit: "Envoyer en relecture",
  return_to_draft: "Renvoyer en brouillon",
  publish: "Publier",
  archive: "Archiver",
  republish: "Republier",
  submit_version: "Envoyer la nouvelle version en relecture",
  return_version_to_draft: "Renvoyer la nouvelle version en brouillon",
  publish_version: "Publier cette version",
  discard_version: "Abandonner la nouvelle version",
};

/* The transitions that take something from readers, or throw work away, ask first. */
const CONFIRMATIONS: Partial<Record<ReportTransition, (title: string) => { title: string; description: string }>> = {
  archive: (title) => ({
    title: `Archiver « ${title} » ?`,
    description: "Elle ne sera plus visible sur le site. « Republier » la remettra en ligne, à la même adresse.",
  }),
  discard_version: (title) => ({
    title: `Abandonner la nouvelle version de « ${title} » ?`,
    description: "Le site garde la version publiée. La nouvelle version reste dans l'historique des révisions, d'où elle peut être restaurée.",
  }),
};

const FORM_ID = "etat-ressource";

/** One button per transition the report's state allows (lib/publications/workflow.ts). */
export function WorkflowButtons({ reportId, title, transitions }: { reportId: string; title: string; transitions: ReportTransition[] }) {
  const [state, formAction] = useActionState(transitionReportAction, {} as ActionState);
  return (
    <div className="mt-4">
      <FormMessage state={state} idPrefix={FORM_ID} />
      <form id={FORM_ID} action={formAction} className="flex flex-wrap gap-2">
        <input type="hidden" name="reportId" value={reportId} />
        {transitions.map((transition) => {
          const confirmation = CONFIRMATIONS[transition]?.(title);
          return confirmation ? (
            <ConfirmButton key={transition} formId={FORM_ID} label={LABELS[transition]} confirmLabel={LABELS[transition]} name="transition" value={transition} {...confirmation} />
          ) : (
            <SubmitButton key={transition} name="transition" value={transition} variant={transition.startsWith("publish") ? "primary" : "secondary"}>
              {LABELS[transition]}
            </SubmitButton>
          );
        })}
      </form>
    </div>
  );
}

/** "Publier le … à …" (Paris time) for a reviewed version, or the scheduled instant and its cancellation. */
export function ScheduleControls({ reportId, scheduledAt, publishable, what }: { reportId: string; scheduledAt: string | null; publishable: boolean; what: string }) {
  const [scheduled, scheduleAction] = useActionState(scheduleReportAction, {} as ActionState);
  const [cancelled, cancelAction] = useActionState(cancelScheduleAction, {} as ActionState);
  return (
    <section aria-labelledby="programmation" className="mt-6 border-t border-line pt-4">
      <h3 id="programmation" className="mb-2 text-lg font-bold">
        Publication programmée
      </h3>
      {/* Outside the forms, which swap places once the outcome comes: the message stays, focused. */}
      <FormMessage state={cancelled} idPrefix="annuler-programmation" />
      <FormMessage state={scheduled} idPrefix="programmer" />
      {scheduledAt ? (
        <form action={cancelAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="reportId" value={reportId} />
          <p>{`${what} sera publiée le ${scheduledAt} (heure de Paris).`}</p>
          <SubmitButton variant="secondary">Annuler la programmation</SubmitButton>
        </form>
      ) : publishable ? (
        <form action={scheduleAction} noValidate aria-label="Programmer la publication">
          <input type="hidden" name="reportId" value={reportId} />
          <p className="mb-2">{`Publier ${what.toLowerCase()} plus tard, à l'heure dite :`}</p>
          <div className="flex flex-wrap items-end gap-x-4">
            <Field name="publishDate" type="date" label="Publier le" required hint="Date, par exemple 2027-01-15." state={scheduled} idPrefix="programmer" />
            <Field name="publishTime" type="time" label="à" required hint="Heure de Paris, par exemple 09:00." state={scheduled} idPrefix="programmer" />
            <div className="mb-4">
              <SubmitButton>Programmer la publication</SubmitButton>
            </div>
          </div>
        </form>
      ) : (
        <p className="text-muted">Une version en relecture peut être programmée : envoyez-la d&apos;abord en relecture.</p>
      )}
    </section>
  );
}
