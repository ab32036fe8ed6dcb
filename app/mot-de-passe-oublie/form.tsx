"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { requestPasswordResetAction } from "./actions";

export function ForgottenPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, {} as ActionState);
  return (
    <form action={action} noValidate aria-label="Recevoir un lien pour choisir un nouveau mot de passe">
      <FormMessage state={state} />
      <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" required state={state} />
      <SubmitButton>Recevoir un lien</SubmitButton>
    </form>
  );
}
