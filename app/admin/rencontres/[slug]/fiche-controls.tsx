"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { MeetingStatus } from "@/lib/meetings/schema";
import { deleteDraftAction, duplicateMeetingAction, publishMeetingAction, unpublishMeetingAction } from "./fiche-actions";

/** A message the page opens with after a redirect (created, copied, saved): focused, so it is read first. */
export function ArrivalNotice({ children }: { children: React.ReactNode }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <p ref={notice} tabIndex={-1} role="status" className="mb-4 rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok outline-offset-4">
      {children}
    </p>
  );
}

type Props = { meetingId: string; slug: string; title: string; status: MeetingStatus; registrations: number; ended: boolean };

/** What can be done to the meeting as a whole: publish or unpublish, duplicate, cancel, delete a draft. */
export function FicheControls({ meetingId, slug, title, status, registrations, ended }: Props) {
  const publication = status === "draft" ? publishMeetingAction : unpublishMeetingAction;
  const [state, publicationAction] = useActionState(publication, {} as ActionState);
  const [duplicateState, duplicateAction] = useActionState(duplicateMeetingAction, {} as ActionState);
  const [deleteState, deleteAction] = useActionState(deleteDraftAction, {} as ActionState);
  const deleteFormId = `supprimer-${meetingId}`;
  return (
    <section aria-labelledby="titre-actions" className="card mb-6">
      <h2 id="titre-actions" className="mb-3 text-xl font-bold">Publication et actions</h2>
      <FormMessage state={state.error || state.message ? state : duplicateState.error ? duplicateState : deleteState} idPrefix="actions" />
      <div className="flex flex-wrap items-center gap-3">
        {status !== "cancelled" && (
          <form action={publicationAction}>
            <input type="hidden" name="meetingId" value={meetingId} />
            <input type="hidden" name="slug" value={slug} />
            <SubmitButton variant={status === "draft" ? "primary" : "secondary"}>{status === "draft" ? "Publier la rencontre" : "Dépublier la rencontre"}</SubmitButton>
          </form>
        )}
        <form action={duplicateAction}>
          <input type="hidden" name="meetingId" value={meetingId} />
          <SubmitButton variant="secondary">Dupliquer la rencontre</SubmitButton>
        </form>
        {status === "published" && !ended && (
          <Link href={`/admin/rencontres/${slug}/annuler`} className="btn btn-danger">
            Annuler la rencontre…
          </Link>
        )}
        {status === "draft" && registrations === 0 && (
          <form id={deleteFormId} action={deleteAction}>
            <input type="hidden" name="meetingId" value={meetingId} />
            <ConfirmButton
              formId={deleteFormId}
              label="Supprimer le brouillon"
              title={`Supprimer le brouillon « ${title} » ? Cette action est définitive.`}
              description="Son programme, ses questions et ses fichiers joints sont supprimés avec lui ; les documents restent dans la bibliothèque."
              confirmLabel="Supprimer définitivement"
            />
          </form>
        )}
      </div>
      <p className="mt-3 text-sm text-muted">
        La copie reprend tout sauf les dates, les inscriptions, les présences et la participation : elle est créée en brouillon, à la même heure
        et au même jour de la semaine, la première semaine à venir, avec un programme aux mêmes horaires. Vous fixez ensuite ses vraies dates.
      </p>
    </section>
  );
}
