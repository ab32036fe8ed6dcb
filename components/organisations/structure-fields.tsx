"use client";

import { Field } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { OTHER_STRUCTURE, STRUCTURES_LIST_ID } from "@/lib/organisations/labels";

/**
 * The structure a person works for, as at sign-up and in Mon espace: a label of the list (typed, with suggestions
 * from the page's <datalist>) or "Autre structure" with a free name (lib/organisations/structure: resolveStructure).
 */
export function StructureFields({ state, organisation, organisationOther }: { state: ActionState; organisation?: string; organisationOther?: string }) {
  return (
    <>
      <Field
        name="organisation"
        label="Structure"
        state={state}
        list={STRUCTURES_LIST_ID}
        autoComplete="off"
        defaultValue={organisation}
        hint={`Tapez les premières lettres : commune, intercommunalité, service de l'État, Département, Région… Si elle n'est pas dans la liste, choisissez « ${OTHER_STRUCTURE} ».`}
      />
      <Field
        name="organisationOther"
        label={`Nom de votre structure, si vous avez choisi « ${OTHER_STRUCTURE} »`}
        autoComplete="organization"
        defaultValue={organisationOther}
        state={state}
      />
    </>
  );
}
