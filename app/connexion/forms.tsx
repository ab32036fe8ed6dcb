"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { sendSignInLink, signInWithPassword } from "./actions";

export function PasswordSignInForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState(signInWithPassword, {} as ActionState);
  return (
    <form action={action} noValidate aria-labelledby="titre-mot-de-passe">
      <FormMessage state={state} idPrefix="mdp" />
      <input type="hidden" name="retour" value={returnTo} />
      <Field idPrefix="mdp" name="email" label="Adresse e-mail" type="email" autoComplete="email" required state={state} />
      <Field idPrefix="mdp" name="password" label="Mot de passe" type="password" autoComplete="current-password" required state={state} />
      <SubmitButton>Se connecter</SubmitButton>
    </form>
  );
}

export function LinkSignInForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState(sendSignInLink, {} as ActionState);
  return (
    <form action={action} noValidate aria-labelledby="titre-lien">
      <FormMessage state={state} idPrefix="lien" />
      <input type="hidden" name="retour" value={returnTo} />
      <Field
        idPrefix="lien"
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="email"
        hint="Vous recevrez un lien de connexion valable 24 heures."
        required
        state={state}
      />
      <SubmitButton variant="secondary">Recevoir un lien de connexion</SubmitButton>
    </form>
  );
}
