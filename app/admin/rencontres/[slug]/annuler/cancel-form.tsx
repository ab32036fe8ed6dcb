"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { cancelMeetingAction } from "../fiche-actions";

/** The cancellation message, then a confirmation that says who will be told. */
export function CancelMeetingForm({ meetingId, title, told }: { meetingId: string; title: string; told: string }) {
  const [state, action] = useActionState(cancelMeetingAction, {} as ActionState);
  const formId = "annuler-rencontre";
  return (
    <form id={formId} action={action} noValidate aria-label="Annuler la rencontre">
      <FormMessage state={state} idPrefix="annulation" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <Field
        name="reason"
        label="Message d'annulation"
        required
        multiline
        hint="Envoyé aux inscrits et affiché sur la page de la rencontre, par exemple : « En raison d'une grève des transports, la rencontre est reportée à une date ultérieure. »"
        state={state}
        idPrefix="annulation"
      />
      <ConfirmButton
        formId={formId}
        label="Annuler la rencontre"
        title={`Annuler « ${title} » ?`}
        description={<p>{told} La page reste en ligne, marquée annulée, avec votre message. Cette action est définitive.</p>}
        confirmLabel="Confirmer l'annulation"
      />
    </form>
  );
}
