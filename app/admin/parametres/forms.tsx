"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { SettingsGroup } from "@/lib/settings/registry";
import { saveSettingsAction } from "./actions";
import { SETTINGS_FORMS } from "./fields";

/**
 * One group of settings as a form of its own: its outcome is announced and focused at its top, each refusal sits
 * next to its field, and what was typed stays after a refusal.
 */
export function SettingsForm({ group, values, inForce }: { group: SettingsGroup; values: Record<string, string>; inForce?: string }) {
  const [state, action] = useActionState(saveSettingsAction, {} as ActionState);
  const { legend, saveLabel, description, fields } = SETTINGS_FORMS[group];
  const idPrefix = `parametres-${group}`;
  return (
    <form action={action} noValidate aria-labelledby={`${idPrefix}-titre`} className="card mb-8">
      <FormMessage state={state} idPrefix={idPrefix} />
      <input type="hidden" name="group" value={group} />
      <fieldset>
        <legend className="mb-2">
          <h2 id={`${idPrefix}-titre`} className="text-2xl font-bold">{legend}</h2>
        </legend>
        <p className="mb-2 text-muted">{description}</p>
        {inForce && <p className="mb-4">{inForce}</p>}
        {fields.map((field) => (
          <Field key={field.name} {...field} idPrefix={idPrefix} defaultValue={values[field.name]} state={state} />
        ))}
      </fieldset>
      <SubmitButton>Enregistrer {saveLabel}</SubmitButton>
    </form>
  );
}
