"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { resendAction } from "./actions";

export const RESEND_FORM_ID = "renvoi-courriels";

/**
 * The resend form: its outcome, and the button for the selection. The checkboxes and each row's button live in the
 * table and join this form through their form attribute.
 */
export function ResendForm({ selectable }: { selectable: boolean }) {
  const [state, action] = useActionState(resendAction, {} as ActionState);
  return (
    <form id={RESEND_FORM_ID} action={action} className="mb-4">
      <FormMessage state={state} idPrefix="renvoi" />
      {selectable && <SubmitButton variant="secondary">Renvoyer les courriels cochés</SubmitButton>}
    </form>
  );
}

/** Checks or unchecks every row of the resend selection. */
export function SelectAll() {
  return (
    <input
      type="checkbox"
      aria-label="Tout sélectionner"
      className="size-4"
      onChange={(event) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[form="${RESEND_FORM_ID}"][name="ids"]`);
        for (const box of boxes) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
