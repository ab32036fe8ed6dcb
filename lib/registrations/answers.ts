import { z } from "zod";
import type { MeetingQuestion } from "@/lib/meetings/schema";
import type { FieldErrors } from "@/lib/errors";

const MAX_ANSWER_LENGTH = 1000;

/**
 * Validates answers against the meeting's questions; keys of the errors are "answers.<question id>".
 * An answer to a question the meeting does not ask is refused by name, never silently dropped.
 */
export function parseAnswers(
  questions: MeetingQuestion[],
  raw: Record<string, unknown>,
): { ok: true; answers: Record<string, string> } | { ok: false; fieldErrors: FieldErrors } {
  const answers: Record<string, string> = {};
  const fieldErrors: FieldErrors = {};
  for (const question of questions) {
    const parsed = z
      .string()
      .trim()
      .max(MAX_ANSWER_LENGTH)
      .optional()
      .safeParse(raw[question.id] ?? undefined);
    const key = `answers.${question.id}`;
    if (!parsed.success) {
      fieldErrors[key] = `La réponse à « ${question.label} » doit être un texte de ${MAX_ANSWER_LENGTH} caractères au plus.`;
      continue;
    }
    const value = parsed.data ?? "";
    if (question.required && value === "") {
      fieldErrors[key] = `Veuillez répondre à « ${question.label} ».`;
    } else if (question.kind === "choice" && value !== "" && !question.options?.includes(value)) {
      fieldErrors[key] = `Choisissez une des propositions pour « ${question.label} ».`;
    } else if (value !== "") {
      answers[question.id] = value;
    }
  }
  const asked = new Set(questions.map((question) => question.id));
  for (const key of Object.keys(raw).filter((id) => !asked.has(id))) {
    fieldErrors[`answers.${key}`] = `Cette rencontre ne pose pas de question « ${key} » : retirez cette réponse.`;
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answers };
}
