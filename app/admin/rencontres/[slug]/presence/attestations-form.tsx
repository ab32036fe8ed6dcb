"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { issueAttestationsAction } from "./actions";

/** Issues the attestations of everyone present, or of the one registrant chosen. */
export function IssueAttestationsForm({ meetingId, slug, attended }: { meetingId: string; slug: string; attended: { id: string; label: string }[] }) {
  const [state, action] = useActionState(issueAttestationsAction, {} as ActionState);
  return (
    <form action={action} noValidate aria-label="Délivrer les attestations">
      <FormMessage state={state} idPrefix="attestations" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      <Field
        name="inscription"
        label="Pour qui"
        hint="Vide : toutes les personnes dont la présence est relevée. Délivrer de nouveau après une correction garde le numéro et le code."
        options={attended.map((person) => ({ value: person.id, label: person.label }))}
        state={state}
        idPrefix="attestations"
      />
      <SubmitButton>Délivrer les attestations</SubmitButton>
    </form>
  );
}
