"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { restoreRevisionAction } from "./actions";

export const RESTORE_FORM_ID = "restaurer-version";

/**
 * The restoration form: its outcome (focused and announced after each restoration) and the report it acts on. Each
 * row's "Restaurer" button sits in the table and submits it with its revision, after a confirmation.
 */
export function RestoreForm({ reportId }: { reportId: string }) {
  const [state, action] = useActionState(restoreRevisionAction, {} as ActionState);
  return (
    <form id={RESTORE_FORM_ID} action={action}>
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage state={state} idPrefix="restauration" />
    </form>
  );
}

/** "Restaurer" for one revision, asking first; `hasBeenPublished`: the restored text then waits as the pending version. */
export function RestoreButton({ revisionId, number, when, hasBeenPublished }: { revisionId: string; number: number; when: string; hasBeenPublished: boolean }) {
  return (
    <ConfirmButton
      formId={RESTORE_FORM_ID}
      name="revisionId"
      value={revisionId}
      variant="secondary"
      label={
        <>
          Restaurer<span className="sr-only"> la version {number}</span>
        </>
      }
      title={`Restaurer la version ${number} du ${when}\u00a0?`}
      description={
        hasBeenPublished
          ? "Son contenu devient la version en attente du compte rendu : le texte publié reste en ligne jusqu'à la publication de cette version. Une nouvelle version est enregistrée ; aucune n'est effacée."
          : "Son contenu remplace celui du compte rendu. Une nouvelle version est enregistrée ; aucune n'est effacée."
      }
      confirmLabel="Restaurer"
    />
  );
}
