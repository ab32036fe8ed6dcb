"use client";

import { useActionState } from "react";
import { ChoiceGroup, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { REPORT_KINDS } from "@/lib/publications/schema";
import { AttachmentsPicker, type PickedDocument } from "./attachments-picker";
import { MarkdownEditor } from "./markdown-editor";

type Choice = { id: string; name: string };

export type ReportFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** The working version's values (empty for a new report); what was typed replaces them after a refusal. */
  initial: Record<string, string>;
  attachments: PickedDocument[];
  reportId?: string;
  /** What to say of the address: it follows the title until the first publication, then it is fixed. */
  address: React.ReactNode;
  meetings: Choice[];
  themes: Choice[];
  submitLabel: string;
};

const ID = "ressource";

/** Every field of a report's working version; the body in the Markdown editor with its live preview. */
export function ReportForm({ action, initial, attachments, reportId, address, meetings, themes, submitLabel }: ReportFormProps) {
  const [state, formAction] = useActionState(action, {} as ActionState);
  const values = state.values ?? initial;
  const shown: ActionState = { ...state, values };
  const field = { state: shown, idPrefix: ID };

  return (
    <form action={formAction} noValidate aria-label={submitLabel}>
      <FormMessage state={state} idPrefix={ID} />
      {reportId && <input type="hidden" name="reportId" value={reportId} />}

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Présentation</legend>
        <Field name="kind" label="Type" required options={REPORT_KINDS.map((kind) => ({ value: kind, label: REPORT_KIND_LABELS[kind] }))} {...field} />
        <Field name="title" label="Titre" required hint="Par exemple : Compte rendu de la rencontre de réseau du 11 mai 2017 à Noyon." {...field} />
        <div className="mb-4 text-sm">{address}</div>
        <Field name="summary" label="Résumé" multiline hint="Une ou deux phrases, montrées dans les listes (500 caractères au plus)." {...field} />
        <MarkdownEditor idPrefix={ID} initial={initial.body ?? ""} error={state.fieldErrors?.body} />
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Classement et lecteurs</legend>
        <Field name="meetingId" label="Rencontre liée" options={meetings.map((m) => ({ value: m.id, label: m.name }))} {...field} />
        <ChoiceGroup
          name="themeIds"
          legend={
            <>
              Thématiques<span className="font-normal text-muted"> (facultatif)</span>
            </>
          }
          options={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
          multiple
          checked={(values.themeIds ?? "").split("\n").filter(Boolean)}
          state={shown}
          idPrefix={ID}
          layout="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2"
        />
        <Field
          name="visibility"
          label="Lecteurs"
          required
          options={[
            { value: "public", label: "Tout le monde" },
            { value: "members", label: "Membres du réseau seulement" },
          ]}
          {...field}
        />
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Fichiers joints et source</legend>
        <AttachmentsPicker idPrefix={ID} initial={attachments} error={state.fieldErrors?.attachments} />
        <div className="mt-6 grid gap-x-4 sm:grid-cols-2">
          <Field name="sourceName" label="Nom de la source" hint="Par exemple : Légifrance." {...field} />
          <Field name="sourceUrl" type="url" label="Adresse de la source" hint="Adresse web complète, par exemple https://www.legifrance.gouv.fr/." {...field} />
        </div>
      </fieldset>

      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
