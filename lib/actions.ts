import "server-only";
import { z } from "zod";
import { DomainError, fieldErrorsOf, frenchZodErrors, type FieldErrors } from "@/lib/errors";
import type { User } from "@/lib/people/service";
import type { Role } from "@/lib/people/schema";
import { hasRole } from "@/lib/people/roles";
import { getCurrentUser } from "@/lib/auth/current-user";

/** What a form shows after its action: a message, per-field errors, and what was typed so nothing is lost. */
export type ActionState<Result = unknown> = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  /** A secret shown once to its owner (a new API token), never stored in clear. */
  secret?: string;
  /** What the action made for the form to show next (an e-mail's preview), of the form's own type. */
  result?: Result;
};

/* Secrets are never echoed back into the page. */
const NOT_ECHOED = new Set(["password", "passwordConfirmation", "currentPassword"]);

/** What was typed; a field sent several times (checkboxes sharing a name) gives its values one per line. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || NOT_ECHOED.has(key) || key.startsWith("$ACTION")) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

type Handler<S extends z.ZodType, R> = (data: z.infer<S>, formData: FormData) => Promise<ActionState<R> | void>;

/** The one door of every form action: validate with zod, run, and turn refusals into French messages. */
export function validatedAction<S extends z.ZodType, R = unknown>(schema: S, handler: Handler<S, R>) {
  return async (_previous: ActionState<R>, formData: FormData): Promise<ActionState<R>> => {
    const values = typedValues(formData);
    const parsed = schema.safeParse(Object.fromEntries(formData), { error: frenchZodErrors });
    if (!parsed.success) {
      return { error: "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    try {
      return (await handler(parsed.data, formData)) ?? { ok: true };
    } catch (error) {
      if (error instanceof DomainError) return { error: error.message, fieldErrors: error.fieldErrors, values };
      throw error;
    }
  };
}

/**
 * Same door, for signed-in users with at least `atLeast`, read from the database at the time of the action. The role
 * is checked before the form is even read, so a refused caller learns nothing from validation messages.
 */
export function validatedActionWithUser<S extends z.ZodType, R = unknown>(
  schema: S,
  atLeast: Role,
  handler: (data: z.infer<S>, user: User, formData: FormData) => Promise<ActionState<R> | void>,
) {
  const validated = (user: User) => validatedAction<S, R>(schema, (data, formData) => handler(data, user, formData));
  return async (previous: ActionState<R>, formData: FormData): Promise<ActionState<R>> => {
    const user = await getCurrentUser();
    if (!user) return { error: "Votre session a expiré : reconnectez-vous.", values: typedValues(formData) };
    if (!hasRole(user.role, atLeast)) return { error: "Vous n'avez pas les droits nécessaires pour cette action.", values: typedValues(formData) };
    return validated(user)(previous, formData);
  };
}
