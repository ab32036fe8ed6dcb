"use client";

import { useActionState } from "react";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { StructureFields } from "@/components/organisations/structure-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { DirectoryConsent } from "@/lib/people/schema";
import { changePasswordAction, createTokenAction, deleteAccountAction, regenerateCalendarAction, revokeTokenAction, updateProfileAction } from "./actions";

type Profile = {
  givenName: string;
  familyName: string;
  /** The label of the structure in the list ("Autre structure" with a free name). */
  organisation: string;
  organisationOther: string;
  jobTitle: string | null;
  phone: string | null;
  directoryConsent: DirectoryConsent;
};

const CONSENT_FIELDS = [
  ["showOrganisation", "organisation", "ma structure"],
  ["showJobTitle", "jobTitle", "ma fonction"],
  ["showEmail", "email", "mon adresse e-mail"],
  ["showPhone", "phone", "mon téléphone"],
] as const;

export function ProfileForm({ profile }: { profile: Profile }) {
  const [state, action] = useActionState(updateProfileAction, {} as ActionState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field name="givenName" label="Prénom" autoComplete="given-name" required defaultValue={profile.givenName} state={state} />
      <Field name="familyName" label="Nom" autoComplete="family-name" required defaultValue={profile.familyName} state={state} />
      <StructureFields state={state} organisation={profile.organisation} organisationOther={profile.organisationOther} />
      <Field name="jobTitle" label="Fonction" autoComplete="organization-title" defaultValue={profile.jobTitle ?? ""} state={state} />
      <Field name="phone" label="Téléphone" type="tel" autoComplete="tel" defaultValue={profile.phone ?? ""} state={state} />
      <fieldset className="mb-4">
        <legend className="field-label">Dans l&apos;annuaire des membres, afficher :</legend>
        {CONSENT_FIELDS.map(([name, key, label]) => (
          <div key={name} className="flex items-center gap-2">
            <input
              id={`champ-${name}`}
              name={name}
              type="checkbox"
              className="h-5 w-5"
              defaultChecked={state.values ? state.values[name] === "on" : profile.directoryConsent[key]}
            />
            <label htmlFor={`champ-${name}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>Enregistrer mon profil</SubmitButton>
    </form>
  );
}

export function RegenerateCalendarForm() {
  const [state, action] = useActionState(regenerateCalendarAction, {} as ActionState);
  return (
    <form action={action} className="mt-3">
      <FormMessage state={state} />
      <SubmitButton variant="secondary">Créer une nouvelle adresse</SubmitButton>
    </form>
  );
}

export function CreateTokenForm() {
  const [state, action] = useActionState(createTokenAction, {} as ActionState);
  return (
    <form action={action} noValidate className="mt-4">
      <FormMessage state={state} />
      {state.secret && (
        <div className="mb-4">
          <label htmlFor="nouveau-jeton" className="field-label">Votre nouveau jeton</label>
          <input id="nouveau-jeton" readOnly value={state.secret} className="field-input font-mono" />
        </div>
      )}
      <Field name="tokenName" label="Nom du jeton" hint="Par exemple : tableau de bord de l'agglomération." required state={state} />
      <SubmitButton variant="secondary">Créer un jeton</SubmitButton>
    </form>
  );
}

export function RevokeTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action] = useActionState(revokeTokenAction, {} as ActionState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="btn btn-danger" aria-label={`Révoquer le jeton ${name}`}>
        Révoquer
      </button>
    </form>
  );
}

/** After a change the page is loaded again in a new session (`changed`): the form then starts on its success message. */
export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const [state, action] = useActionState(
    changePasswordAction,
    changed ? { ok: true, message: "Votre mot de passe est changé. Vos autres sessions ouvertes ont été fermées." } : ({} as ActionState),
  );
  return (
    <form action={action} noValidate aria-label="Changer mon mot de passe">
      <FormMessage state={state} />
      <Field name="currentPassword" label="Mot de passe actuel" type="password" autoComplete="current-password" required state={state} />
      <NewPasswordFields state={state} />
      <SubmitButton>Changer mon mot de passe</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, {} as ActionState);
  return (
    <form action={action} noValidate className="mt-4">
      <FormMessage state={state} />
      <Field
        name="confirmation"
        label="Pour confirmer, saisissez SUPPRIMER"
        hint="Vos inscriptions à venir seront annulées et vos informations effacées. Cette action est définitive."
        required
        state={state}
      />
      <SubmitButton variant="danger">Supprimer mon compte</SubmitButton>
    </form>
  );
}
