"use client";

import { Field } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/people/validation";

/** A new password typed twice (lib/people/validation: newPasswordSchema). */
export function NewPasswordFields({ state }: { state: ActionState }) {
  return (
    <>
      <Field
        name="password"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint={`Au moins ${PASSWORD_MIN_LENGTH} caractères.`}
        required
        state={state}
      />
      <Field name="passwordConfirmation" label="Confirmation du nouveau mot de passe" type="password" autoComplete="new-password" required state={state} />
    </>
  );
}
