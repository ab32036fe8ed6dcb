import type { z } from "zod";
import { fr } from "zod/locales";

/** A refusal the user can understand: a stable code, a French message, and the HTTP status it maps to. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  registration_not_open: 409,
  registration_closed: 409,
  meeting_cancelled: 409,
  meeting_past: 409,
  meeting_full: 409,
  not_registered: 409,
  cancellation_closed: 409,
  payload_too_large: 413,
  file_too_large: 413,
  not_a_pdf: 415,
  invalid_filename: 422,
  corrupt_pdf: 422,
  validation_failed: 422,
  rate_limited: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "DomainError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Zod's own French messages, for the checks that carry no message of ours. */
export const frenchZodErrors = fr().localeError;

/** One French message per field (the first issue wins); unknown keys of strict objects are named one by one. */
export function fieldErrorsOf(error: z.ZodError, rootKey = "form"): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...path, key].join(".")] ??= `Champ inconnu : « ${key} ».`;
    } else {
      fields[path.join(".") || rootKey] ??= issue.message;
    }
  }
  return fields;
}
