"use client";

import Link from "next/link";
import { useActionState } from "react";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
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
      <NewPasswordFields state={state} />
      <SubmitButton>Enregistrer le nouveau mot de passe</SubmitButton>
    </form>
  );
}
