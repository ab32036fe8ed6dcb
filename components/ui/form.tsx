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

/** The id of a field's input, for its label and for the links of the error summary. */
export function fieldId(name: string, idPrefix = "champ"): string {
  return `${idPrefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** A labelled input whose error is tied to it (aria-describedby) and which keeps what was typed after a refusal. */
export function Field({ name, label, state, type = "text", hint, required, autoComplete, defaultValue, multiline, options, list, idPrefix = "champ" }: FieldProps) {
  const id = fieldId(name, idPrefix);
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
        <span className="font-normal text-muted">{required ? " (obligatoire)" : " (facultatif)"}</span>
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

type ChoiceGroupProps = {
  name: string;
  legend: React.ReactNode;
  hint?: string;
  options: { value: string; label: string }[];
  /** Checkboxes (several answers), or radio buttons (one). */
  multiple: boolean;
  /** The values ticked when the form shows. */
  checked: string[];
  state: ActionState;
  idPrefix?: string;
  /** The classes of the boxes' container: a column, or a row. */
  layout?: string;
};

/**
 * Boxes to tick in a fieldset whose legend is the question, its hint and error tied to it. The first box carries the
 * field's id, so the error summary leads to it.
 */
export function ChoiceGroup({ name, legend, hint, options, multiple, checked, state, idPrefix = "champ", layout = "grid gap-1" }: ChoiceGroupProps) {
  const id = fieldId(name, idPrefix);
  const error = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="mb-4" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <span id={`${id}-aide`} className="field-hint">
          {hint}
        </span>
      )}
      <div className={layout}>
        {options.map((option, index) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              id={index === 0 ? id : `${id}-${index}`}
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={option.value}
              className="mt-1 h-5 w-5"
              defaultChecked={checked.includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-erreur`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The form-level outcome. The live region is rendered before any outcome, so that the message put into it is
 * announced (RGAA 7.5); after every submission, focus moves to it, so keyboard and screen reader users land on
 * the result. With field errors it also lists them, each a link to its field (the error summary).
 */
export function FormMessage({ state, idPrefix = "champ" }: { state: ActionState; idPrefix?: string }) {
  const region = useRef<HTMLDivElement>(null);
  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  useEffect(() => {
    if (state.error || state.message) region.current?.focus();
  }, [state]);
  return (
    <div ref={region} tabIndex={-1} aria-live="polite" className="outline-offset-4">
      {state.error ? (
        <div className="mb-4 rounded border-l-4 border-danger bg-danger-soft p-3 text-danger">
          <p role="alert" className="font-semibold">
            {state.error}
          </p>
          {fieldErrors.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {fieldErrors.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${fieldId(name, idPrefix)}`} className="text-danger">
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : state.message ? (
        <p role="status" className="mb-4 rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** `name` and `value`: what this button sends, for a form with several (`intent`: preview or send). */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const className = { primary: "btn", secondary: "btn btn-secondary", danger: "btn btn-danger" }[variant];
  return (
    <button type="submit" name={name} value={value} className={className} disabled={pending} aria-disabled={pending}>
      {pending ? "Envoi…" : children}
    </button>
  );
}
