"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { StructureFields } from "@/components/organisations/structure-fields";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { signUp } from "./actions";

export function SignUpForm() {
  const [state, action] = useActionState(signUp, {} as ActionState);
  const consentError = state.fieldErrors?.consent;
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field name="givenName" label="Prénom" autoComplete="given-name" required state={state} />
      <Field name="familyName" label="Nom" autoComplete="family-name" required state={state} />
      <Field name="email" label="Adresse e-mail professionnelle" type="email" autoComplete="email" required state={state} />
      <NewPasswordFields state={state} label="Mot de passe" />
      <StructureFields state={state} />
      <Field name="jobTitle" label="Fonction" autoComplete="organization-title" state={state} />
      <div className="mb-6">
        <div className="flex items-start gap-2">
          <input
            id="champ-consent"
            name="consent"
            type="checkbox"
            className="mt-1 h-5 w-5"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? "champ-consent-erreur" : undefined}
            defaultChecked={state.values?.consent === "on"}
          />
          <label htmlFor="champ-consent">
            J&apos;accepte que l&apos;IREV conserve ces informations pour gérer mon compte et mes inscriptions, comme
            l&apos;expliquent les pages <Link href="/donnees-personnelles">Données personnelles</Link> et{" "}
            <Link href="/mentions-legales">Mentions légales</Link>. Je pourrai les exporter ou supprimer mon compte à tout
            moment depuis mon espace. <span aria-hidden="true">*</span>
          </label>
        </div>
        {consentError && (
          <p id="champ-consent-erreur" className="field-error">
            {consentError}
          </p>
        )}
      </div>
      <SubmitButton>Créer mon compte</SubmitButton>
    </form>
  );
}
