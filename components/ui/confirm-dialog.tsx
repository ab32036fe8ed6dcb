"use client";

import { useId, useRef } from "react";

/**
 * A button that asks before a destructive or far-reaching action (RGAA 7.1, 7.3, 12.8): a native `<dialog>` opened
 * with showModal (focus trapped, Escape closes, focus returns to the button), a title that says what will happen,
 * initial focus on "Annuler". The confirming button submits the form `formId` (with `name`/`value` if given), so
 * the action receives exactly what the form holds.
 */
export function ConfirmButton({
  formId,
  label,
  title,
  description,
  confirmLabel,
  name,
  value,
  variant = "danger",
  disabled,
}: {
  formId: string;
  /** The button's visible text; make it say what it does ("Annuler la rencontre"). */
  label: React.ReactNode;
  title: string;
  description?: React.ReactNode;
  confirmLabel: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const className = { primary: "btn", secondary: "btn btn-secondary", danger: "btn btn-danger" }[variant];
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-lg rounded border border-line p-6 backdrop:bg-black/40">
        <h2 id={titleId} className="mb-3 text-xl font-bold">
          {title}
        </h2>
        {description && <div className="mb-4">{description}</div>}
        <div className="flex flex-wrap gap-3">
          {/* autoFocus in a dialog: showModal gives it the focus, so Enter never confirms by surprise. */}
          <button type="button" className="btn btn-secondary" autoFocus onClick={() => dialog.current?.close()}>
            Annuler
          </button>
          <button type="submit" form={formId} name={name} value={value} className={className} onClick={() => dialog.current?.close()}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
