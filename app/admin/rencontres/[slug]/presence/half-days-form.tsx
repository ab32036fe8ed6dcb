"use client";

import { useActionState } from "react";
import { fieldId, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { halfDayFields } from "@/lib/attendance/fields";
import { adjustHalfDaysAction } from "./actions";

export type AdjustableHalfDay = { key: string; label: string; start: string; end: string; kept: boolean };

const PREFIX = "demi-journees";

/** One row per half-day: kept or left out, and its hours; saved together, or all back to the automatic ones. */
export function HalfDaysForm({ meetingId, slug, halfDays, adjusted }: { meetingId: string; slug: string; halfDays: AdjustableHalfDay[]; adjusted: boolean }) {
  const [state, action] = useActionState(adjustHalfDaysAction, {} as ActionState);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form action={action} noValidate aria-labelledby="demi-journees-titre">
      <FormMessage state={state} idPrefix={PREFIX} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      {halfDays.map((half) => {
        const names = halfDayFields(half.key);
        const kept = state.values ? state.values[names.keep] === "on" : half.kept;
        return (
          <fieldset key={`${half.key}-${value(names.start, half.start)}-${value(names.end, half.end)}-${kept}`} className="mb-4 rounded border border-line p-3">
            <legend className="px-1 font-semibold">{half.label}</legend>
            <label className="mb-2 flex items-center gap-2">
              <input type="checkbox" id={fieldId(names.keep, PREFIX)} name={names.keep} defaultChecked={kept} />
              Compter cette demi-journée
            </label>
            <div className="flex flex-wrap gap-4">
              {(["start", "end"] as const).map((which) => {
                const name = names[which];
                const id = fieldId(name, PREFIX);
                const error = state.fieldErrors?.[name];
                return (
                  <div key={which}>
                    <label htmlFor={id} className="field-label">
                      {which === "start" ? "Début" : "Fin"}
                      <span className="font-normal text-muted"> (HH:MM)</span>
                    </label>
                    <input
                      id={id}
                      name={name}
                      className="field-input w-28"
                      inputMode="numeric"
                      defaultValue={value(name, half[which])}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-erreur` : undefined}
                    />
                    {error && (
                      <span id={`${id}-erreur`} className="field-error">
                        {error}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-3">
        <SubmitButton>Enregistrer les demi-journées</SubmitButton>
        {adjusted && (
          <SubmitButton variant="secondary" name="intent" value="automatique">
            Revenir au calcul automatique
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
