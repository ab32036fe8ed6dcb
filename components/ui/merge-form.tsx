"use client";

import { useState } from "react";
import { ConfirmButton } from "./confirm-dialog";

/**
 * Merging one record into another (themes, organisations): choose the one to keep, then confirm in a dialog that
 * names both and says what moves. The form posts `keptId` and the hidden fields to `action`.
 */
export function MergeForm({
  formId,
  action,
  hidden,
  subject,
  choiceLabel,
  choices,
  buttonLabel,
  consequence,
  children,
}: {
  formId: string;
  action: (formData: FormData) => void;
  hidden: Record<string, string>;
  /** The name of the record that will disappear. */
  subject: string;
  choiceLabel: string;
  choices: readonly { id: string; name: string }[];
  buttonLabel: React.ReactNode;
  /** What the merge does, given the name of the record kept. */
  consequence: (kept: string) => React.ReactNode;
  /** The form's outcome, when the page keeps it here. */
  children?: React.ReactNode;
}) {
  const [keptId, setKeptId] = useState("");
  const kept = choices.find((choice) => choice.id === keptId)?.name ?? "";
  const selectId = `${formId}-keptId`;
  return (
    <form id={formId} action={action} className="flex flex-wrap items-end gap-3">
      {children}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={selectId} className="field-label">
          {choiceLabel}
        </label>
        <select id={selectId} name="keptId" required value={keptId} onChange={(event) => setKeptId(event.target.value)} className="field-input">
          <option value="">— Choisir —</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
      <ConfirmButton
        formId={formId}
        variant="secondary"
        disabled={!kept}
        label={buttonLabel}
        title={`Fusionner « ${subject} » dans « ${kept} » ? Cette action est définitive.`}
        description={consequence(kept)}
        confirmLabel="Fusionner"
      />
    </form>
  );
}
