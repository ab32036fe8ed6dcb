"use client";

import { Field } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/people/validation";

/** A new password typed twice (lib/people/validation: newPasswordSchema); at sign-up, simply "Mot de passe". */
export function NewPasswordFields({ state, label = "Nouveau mot de passe" }: { state: ActionState; label?: string }) {
  return (
    <>
      <Field
        name="password"
        label={label}
        type="password"
        autoComplete="new-password"
        hint={`Au moins ${PASSWORD_MIN_LENGTH} caractères.`}
        required
        state={state}
      />
      <Field name="passwordConfirmation" label={`Confirmation du ${label.toLowerCase()}`} type="password" autoComplete="new-password" required state={state} />
    </>
  );
}
