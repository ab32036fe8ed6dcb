"use client";

import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions";

type FieldProps = {
  name: string;
  label: string;
  state: ActionState;
  type?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string;
  multiline?: boolean;
  options?: { value: string; label: string }[];
  /** Id of a <datalist> suggesting values as the person types. */
  list?: string;
  /** Distinguishes the ids of two forms on one page that share a field name. */
  idPrefix?: string;
};

/** A labelled input whose error is tied to it (aria-describedby) and which keeps what was typed after a refusal. */
export function Field({ name, label, state, type = "text", hint, required, autoComplete, defaultValue, multiline, options, list, idPrefix = "champ" }: FieldProps) {
  const id = `${idPrefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const error = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  const value = state.values?.[name] ?? defaultValue ?? "";
  const common = {
    id,
    name,
    required,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy,
    className: "field-input",
    defaultValue: value,
    key: value,
  };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : <span className="font-normal text-muted"> (facultatif)</span>}
      </label>
      {hint && (
        <span id={`${id}-aide`} className="field-hint">
          {hint}
        </span>
      )}
      {options ? (
        <select {...common}>
          <option value="">— Choisir —</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={type} autoComplete={autoComplete} list={list} {...common} />
      )}
      {error && (
        <p id={`${id}-erreur`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The form-level outcome, announced to screen readers; focus moves to it after each submission. */
export function FormMessage({ state }: { state: ActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  /* Each submission returns a new state object: that is when focus moves, not on other renders. */
  useEffect(() => ref.current?.focus(), [state]);
  if (state.error) {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className="mb-4 rounded border-l-4 border-danger bg-danger-soft p-3 font-semibold text-danger">
        {state.error}
      </div>
    );
  }
  if (state.message) {
    return (
      <div ref={ref} tabIndex={-1} role="status" className="mb-4 rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
        {state.message}
      </div>
    );
  }
  return null;
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const className = { primary: "btn", secondary: "btn btn-secondary", danger: "btn btn-danger" }[variant];
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? "Envoi…" : children}
    </button>
  );
}
