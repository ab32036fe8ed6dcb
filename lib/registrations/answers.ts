import { z } from "zod";
import type { MeetingQuestion } from "@/lib/meetings/schema";
import type { FieldErrors } from "@/lib/errors";

const MAX_ANSWER_LENGTH = 1000;

/** The two answers of a yes/no question, as stored and shown. */
export const YES_NO_OPTIONS = ["Oui", "Non"] as const;

/**
 * A multiple-choice answer is stored as its chosen options, one per line, in the order of the question: answers stay
 * a `Record<string, string>` everywhere (database, API, exports). Options never hold a line break (see questions.ts).
 */
export const MULTIPLE_SEPARATOR = "\n";

/** The questions still asked at registration: retired ones keep their answers readable but are not asked. */
export function askedQuestions(questions: MeetingQuestion[]): MeetingQuestion[] {
  return questions.filter((question) => !question.retired);
}

const text = z.string().trim().max(MAX_ANSWER_LENGTH);

/** One question's answer, or a French refusal. An empty answer is "". */
function parseOne(question: MeetingQuestion, raw: unknown): { value: string } | { error: string } {
  if (question.kind === "multiple") {
    const chosen = z.array(text).max(100).safeParse(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
    if (!chosen.success) return { error: `Cochez des propositions de « ${question.label} ».` };
    const values = chosen.data.filter((value) => value !== "");
    const options = question.options ?? [];
    if (values.some((value) => !options.includes(value))) return { error: `Cochez uniquement des propositions de « ${question.label} ».` };
    return { value: options.filter((option) => values.includes(option)).join(MULTIPLE_SEPARATOR) };
  }
  const parsed = text.optional().safeParse(raw);
  if (!parsed.success) return { error: `La réponse à « ${question.label} » doit être un texte de ${MAX_ANSWER_LENGTH} caractères au plus.` };
  const value = parsed.data ?? "";
  if (value === "") return { value };
  if (question.kind === "choice" && !question.options?.includes(value)) return { error: `Choisissez une des propositions pour « ${question.label} ».` };
  if (question.kind === "yes_no" && !(YES_NO_OPTIONS as readonly string[]).includes(value)) return { error: `Répondez « Oui » ou « Non » à « ${question.label} ».` };
  return { value };
}

/**
 * Validates answers against the meeting's questions; keys of the errors are "answers.<question id>".
 * An answer to a question the meeting does not ask (or no longer asks) is refused by name, never silently dropped.
 * A multiple-choice answer may come as one option or a list of them.
 */
export function parseAnswers(
  questions: MeetingQuestion[],
  raw: Record<string, unknown>,
): { ok: true; answers: Record<string, string> } | { ok: false; fieldErrors: FieldErrors } {
  const answers: Record<string, string> = {};
  const fieldErrors: FieldErrors = {};
  const asked = askedQuestions(questions);
  for (const question of asked) {
    const key = `answers.${question.id}`;
    const outcome = parseOne(question, Object.hasOwn(raw, question.id) ? raw[question.id] : undefined);
    if ("error" in outcome) fieldErrors[key] = outcome.error;
    else if (question.required && outcome.value === "") fieldErrors[key] = `Veuillez répondre à « ${question.label} ».`;
    else if (outcome.value !== "") answers[question.id] = outcome.value;
  }
  const askedIds = new Set(asked.map((question) => question.id));
  for (const key of Object.keys(raw).filter((id) => !askedIds.has(id))) {
    fieldErrors[`answers.${key}`] = `Cette rencontre ne pose pas de question « ${key} » : retirez cette réponse.`;
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answers };
}

/** One answer as staff read it: the question's current label, its earlier wordings, and the answer. */
export type ReadableAnswer = {
  questionId: string;
  label: string;
  /** Earlier wordings of the question, oldest first: the person may have answered one of them. */
  previousLabels: string[];
  /** No longer asked: removed after people answered it. */
  retired: boolean;
  /** The answer as given; a multiple choice gives each chosen option. */
  values: string[];
  /** The answer in one line ("A, B" for a multiple choice). */
  text: string;
};

/**
 * Every answered question with its label and answer, retired questions and former wordings included, in the order
 * of the questions; answers whose question is gone entirely come last, under their key. Options removed since the
 * answer was given stay as they were written.
 */
export function readableAnswers(questions: MeetingQuestion[], answers: Record<string, string>): ReadableAnswer[] {
  const known = new Set(questions.map((question) => question.id));
  const readable = questions
    .filter((question) => (answers[question.id] ?? "") !== "")
    .map((question) => {
      const answer = answers[question.id]!;
      const values = question.kind === "multiple" ? answer.split(MULTIPLE_SEPARATOR) : [answer];
      return {
        questionId: question.id,
        label: question.label,
        previousLabels: question.previousLabels ?? [],
        retired: question.retired ?? false,
        values,
        text: values.join(", "),
      };
    });
  const orphans = Object.entries(answers)
    .filter(([id, answer]) => !known.has(id) && answer !== "")
    .map(([id, answer]) => ({ questionId: id, label: id, previousLabels: [], retired: true, values: [answer], text: answer }));
  return [...readable, ...orphans];
}
