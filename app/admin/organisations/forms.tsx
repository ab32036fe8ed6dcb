"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { MergeForm } from "@/components/ui/merge-form";
import type { ActionState } from "@/lib/actions";
import { GIP_COLLEGE_LABELS, ORGANISATION_KIND_LABELS, STRUCTURES_LIST_ID } from "@/lib/organisations/labels";
import { DEPARTMENT_LABELS } from "@/lib/meetings/labels";
import { DEPARTMENTS, GIP_COLLEGES, ORGANISATION_KINDS } from "@/lib/organisations/schema";
import { attachStructureAction, createOrganisationAction, deleteOrganisationAction, mergeOrganisationAction, updateOrganisationAction } from "./actions";

/** What the organisation forms start from: the record's values as the form writes them. */
export type OrganisationValues = Partial<Record<"name" | "shortName" | "kind" | "department" | "city" | "code" | "gipCollege", string>> & { gipMember?: boolean };

/** The fields of an organisation, the same in the creation, edition and attachment forms. */
function OrganisationFields({ state, idPrefix, values = {} }: { state: ActionState; idPrefix: string; values?: OrganisationValues }) {
  const checkboxId = `${idPrefix}-gipMember`;
  const gipMember = state.values ? state.values.gipMember === "on" : Boolean(values.gipMember);
  return (
    <>
      <Field name="name" label="Nom" idPrefix={idPrefix} required defaultValue={values.name} state={state} />
      <Field name="shortName" label="Nom court" idPrefix={idPrefix} defaultValue={values.shortName} state={state} hint="Sigle ou nom d'usage, ex. CCPN." />
      <Field
        name="kind"
        label="Type"
        idPrefix={idPrefix}
        required
        defaultValue={values.kind}
        state={state}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }))}
      />
      <Field
        name="department"
        label="Département"
        idPrefix={idPrefix}
        defaultValue={values.department}
        state={state}
        options={DEPARTMENTS.map((department) => ({ value: department, label: DEPARTMENT_LABELS[department]! }))}
      />
      <Field name="city" label="Ville" idPrefix={idPrefix} defaultValue={values.city} state={state} />
      <Field name="code" label="Code officiel" idPrefix={idPrefix} defaultValue={values.code} state={state} hint="Code INSEE d'une commune (ex. 60471) ou SIREN d'un EPCI (9 chiffres)." />
      <div className="mb-4 flex items-center gap-2">
        <input id={checkboxId} type="checkbox" name="gipMember" defaultChecked={gipMember} key={String(gipMember)} className="size-4" />
        <label htmlFor={checkboxId}>Membre du GIP</label>
      </div>
      <Field
        name="gipCollege"
        label="Collège du GIP"
        idPrefix={idPrefix}
        defaultValue={values.gipCollege}
        state={state}
        hint="Seulement pour un membre du GIP."
        options={GIP_COLLEGES.map((college) => ({ value: college, label: GIP_COLLEGE_LABELS[college] }))}
      />
    </>
  );
}

export function CreateOrganisationForm() {
  const [state, action] = useActionState(createOrganisationAction, {} as ActionState);
  return (
    <form action={action} className="card mt-3 max-w-2xl">
      <FormMessage state={state} idPrefix="nouvelle" />
      {/* After a creation the fields start empty again, ready for the next one. */}
      <OrganisationFields state={state.ok ? {} : state} idPrefix="nouvelle" />
      <SubmitButton>Créer l&apos;organisation</SubmitButton>
    </form>
  );
}

export function EditOrganisationForm({ organisationId, values }: { organisationId: string; values: OrganisationValues }) {
  const [state, action] = useActionState(updateOrganisationAction, {} as ActionState);
  return (
    <form action={action} className="card max-w-2xl">
      <FormMessage state={state} idPrefix="fiche" />
      <input type="hidden" name="organisationId" value={organisationId} />
      <OrganisationFields state={state} idPrefix="fiche" values={values} />
      <SubmitButton>Enregistrer</SubmitButton>
    </form>
  );
}

export function MergeOrganisationForm({ organisation, uses, choices }: { organisation: { id: string; name: string }; uses: string; choices: { id: string; name: string }[] }) {
  const [state, action] = useActionState(mergeOrganisationAction, {} as ActionState);
  return (
    <MergeForm
      formId="fusion"
      action={action}
      hidden={{ organisationId: organisation.id }}
      subject={organisation.name}
      choiceLabel={`Organisation qui remplacera « ${organisation.name} »`}
      choices={choices}
      buttonLabel="Fusionner"
      consequence={(kept) => (
        <p>
          {uses}. Ses membres, ses rencontres et ses contacts passeront à «&nbsp;{kept}&nbsp;», puis «&nbsp;{organisation.name}&nbsp;» sera supprimée.
        </p>
      )}
    >
      <div className="w-full">
        <FormMessage state={state} idPrefix="fusion" />
      </div>
    </MergeForm>
  );
}

export function DeleteOrganisationForm({ organisation }: { organisation: { id: string; name: string } }) {
  const [state, action] = useActionState(deleteOrganisationAction, {} as ActionState);
  return (
    <form id="suppression" action={action}>
      <FormMessage state={state} idPrefix="suppression" />
      <input type="hidden" name="organisationId" value={organisation.id} />
      <ConfirmButton
        formId="suppression"
        label="Supprimer l'organisation"
        title={`Supprimer l'organisation « ${organisation.name} » ? Cette action est définitive.`}
        description={<p>Aucune personne, rencontre ni contact ne l&apos;utilise.</p>}
        confirmLabel="Supprimer"
      />
    </form>
  );
}

/** The outcome of a merge or a deletion, shown on the page the action led to: focused, so it is read first. */
export function Outcome({ children }: { children: React.ReactNode }) {
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => region.current?.focus(), []);
  return (
    <p ref={region} tabIndex={-1} role="status" className="mb-6 rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
      {children}
    </p>
  );
}

type StructureGroup = { key: string; label: string; accounts: { id: string; name: string; email: string }[] };

/**
 * The names typed at sign-up under "Autre structure". Attaching removes the group, so the outcome is kept here,
 * above the groups: focus moves to it and it is announced; refusals also mark the fields of the group concerned.
 */
export function StructuresToAttach({ groups }: { groups: StructureGroup[] }) {
  const [state, action] = useActionState(attachStructureAction, {} as ActionState);
  const concerned = groups.findIndex((group) => group.key === state.values?.groupe);
  return (
    <>
      <FormMessage state={state} idPrefix={`structure-${concerned}`} />
      {groups.length === 0 ? (
        <p>Aucun compte à rattacher.</p>
      ) : (
        <ul className="grid gap-4">
          {groups.map((group, index) => (
            <li key={group.key}>
              <AttachStructureForm group={group} idPrefix={`structure-${index}`} action={action} state={index === concerned ? state : {}} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One typed name with its accounts (all ticked), attached together to an organisation of the list or to a new one. */
function AttachStructureForm({ group, idPrefix, action, state }: { group: StructureGroup; idPrefix: string; action: (formData: FormData) => void; state: ActionState }) {
  const [mode, setMode] = useState<"existante" | "nouvelle">("existante");
  return (
    <form action={action} className="card">
      <h3 className="mb-3 text-xl font-bold">«&nbsp;{group.label}&nbsp;»</h3>
      <input type="hidden" name="groupe" value={group.key} />
      <fieldset className="mb-4">
        <legend className="field-label">Comptes à rattacher</legend>
        <ul>
          {group.accounts.map((account) => (
            <li key={account.id} className="flex items-center gap-2">
              <input id={`${idPrefix}-${account.id}`} type="checkbox" name="userIds" value={account.id} defaultChecked className="size-4" />
              <label htmlFor={`${idPrefix}-${account.id}`}>
                {account.name} ({account.email})
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="field-label">Rattacher à</legend>
        {(["existante", "nouvelle"] as const).map((choice) => (
          <div key={choice} className="flex items-center gap-2">
            <input id={`${idPrefix}-${choice}`} type="radio" name="mode" value={choice} checked={mode === choice} onChange={() => setMode(choice)} className="size-4" />
            <label htmlFor={`${idPrefix}-${choice}`}>{choice === "existante" ? "Une organisation de la liste" : "Une nouvelle organisation"}</label>
          </div>
        ))}
      </fieldset>
      {mode === "existante" ? (
        <Field name="organisation" label="Organisation" idPrefix={idPrefix} list={STRUCTURES_LIST_ID} autoComplete="off" required state={state} hint="Tapez les premières lettres et choisissez dans la liste." />
      ) : (
        <OrganisationFields state={state} idPrefix={idPrefix} values={{ name: group.label }} />
      )}
      <SubmitButton>
        {mode === "existante" ? "Rattacher" : "Créer l'organisation et rattacher"}
        <span className="sr-only"> les comptes de «&nbsp;{group.label}&nbsp;»</span>
      </SubmitButton>
    </form>
  );
}
