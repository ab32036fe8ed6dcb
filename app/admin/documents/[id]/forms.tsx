"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { ChoiceGroup, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { DOCUMENT_VISIBILITY_LABELS } from "@/lib/documents/labels";
import { VISIBILITIES, type Visibility } from "@/lib/documents/schema";
import { deleteDocumentAction, updateDocumentAction } from "./actions";

type DocumentValues = { title: string; description: string; visibility: Visibility; themeIds: string[] };

/** Title, description, visibility and themes; after a refusal every field shows what was typed. */
export function EditDocumentForm({ documentId, values, themes }: { documentId: string; values: DocumentValues; themes: { id: string; name: string }[] }) {
  const [state, action] = useActionState(updateDocumentAction, {} as ActionState);
  const visibility = state.values?.visibility ?? values.visibility;
  const themeIds = state.values ? (state.values.themeIds ?? "").split("\n").filter(Boolean) : values.themeIds;
  return (
    <form action={action} className="card max-w-2xl">
      <FormMessage state={state} idPrefix="fiche" />
      <input type="hidden" name="documentId" value={documentId} />
      <Field name="title" label="Titre" idPrefix="fiche" required defaultValue={values.title} state={state} />
      <Field name="description" label="Description" idPrefix="fiche" multiline defaultValue={values.description} state={state} />
      <ChoiceGroup
        key={`visibilite-${visibility}`}
        name="visibility"
        legend="Qui peut le télécharger"
        idPrefix="fiche"
        multiple={false}
        checked={[visibility]}
        options={VISIBILITIES.map((value) => ({ value, label: value === "public" ? "Tout le monde" : DOCUMENT_VISIBILITY_LABELS.members }))}
        state={state}
      />
      {themes.length > 0 && (
        <ChoiceGroup
          key={`themes-${themeIds.join(",")}`}
          name="themeIds"
          legend="Thématiques"
          idPrefix="fiche"
          multiple
          checked={themeIds}
          options={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
          state={state}
          layout="grid gap-1 sm:grid-cols-2"
        />
      )}
      <SubmitButton>Enregistrer</SubmitButton>
    </form>
  );
}

/**
 * Deletion, confirmed in a dialog. While the document is attached, the box "Détacher de ces pages et supprimer" must
 * be ticked: otherwise the refusal lists the pages again beside the box.
 */
export function DeleteDocumentForm({ document, uses }: { document: { id: string; title: string }; uses: string | null }) {
  const [state, action] = useActionState(deleteDocumentAction, {} as ActionState);
  const error = state.fieldErrors?.detach;
  return (
    <form id="suppression" action={action}>
      <FormMessage state={state} idPrefix="suppression" />
      <input type="hidden" name="documentId" value={document.id} />
      {uses && (
        <div className="mb-4">
          <p className="mb-2">Ce document est joint à {uses}.</p>
          <div className="flex items-center gap-2">
            <input
              id="suppression-detach"
              type="checkbox"
              name="detach"
              className="size-4"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "suppression-detach-erreur" : undefined}
            />
            <label htmlFor="suppression-detach">Détacher de ces pages et supprimer</label>
          </div>
          {error && (
            <p id="suppression-detach-erreur" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
      <ConfirmButton
        formId="suppression"
        label="Supprimer le document"
        title={`Supprimer le document « ${document.title} » ? Cette action est définitive.`}
        description={<p>{uses ? "S'il est encore joint à des pages, cochez d'abord « Détacher de ces pages et supprimer »." : "Il n'est joint à aucune page."}</p>}
        confirmLabel="Supprimer"
      />
    </form>
  );
}
