"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/people/validation";
import { resetPasswordAction } from "./actions";

export function NewPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, {} as ActionState);
  if (state.ok) {
    return (
      <div>
        <FormMessage state={state} />
        <Link href="/connexion">Se connecter</Link>
      </div>
    );
  }
  return (
    <form action={action} noValidate aria-label="Choisir un nouveau mot de passe">
      <FormMessage state={state} />
      <input type="hidden" name="jeton" value={token} />
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
      <SubmitButton>Enregistrer le nouveau mot de passe</SubmitButton>
    </form>
  );
}
