import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { plural } from "@/lib/format";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { registrations } from "@/lib/registrations/schema";
import { QUESTION_KINDS, meetings, type MeetingQuestion } from "./schema";

const Option = z
  .string()
  .trim()
  .min(1)
  .max(200, { error: "Une proposition fait 200 caractères au plus." })
  .refine((option) => !/[\r\n]/.test(option), { error: "Une proposition tient sur une ligne." });

/** A question as staff type it. The propositions of a choice are given one per line. */
export const QuestionInput = z
  .object({
    label: z.string().trim().min(1, { error: "Indiquez la question." }).max(300, { error: "La question fait 300 caractères au plus." }),
    kind: z.enum(QUESTION_KINDS, { error: "Choisissez le type de réponse." }),
    required: z.boolean(),
    help: z.string().trim().max(500, { error: "L'aide fait 500 caractères au plus." }),
    options: z.array(Option).max(50, { error: "50 propositions au plus." }),
  })
  .superRefine((input, context) => {
    const choice = input.kind === "choice" || input.kind === "multiple";
    if (choice && input.options.length < 2) context.addIssue({ code: "custom", path: ["options"], message: "Donnez au moins deux propositions, une par ligne." });
    if (new Set(input.options).size !== input.options.length) context.addIssue({ code: "custom", path: ["options"], message: "Chaque proposition ne figure qu'une fois." });
  });
export type QuestionInput = z.output<typeof QuestionInput>;

/** How many registrations (any status, cancelled included: their answers are kept) answered each question. */
export function answerCounts(db: DbOrTx, meetingId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { answers } of db.select({ answers: registrations.answers }).from(registrations).where(eq(registrations.meetingId, meetingId)).all()) {
    for (const [id, answer] of Object.entries(answers)) if (answer !== "") counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** "23 personnes ont déjà répondu : …": what staff read before changing the meaning of an answered question. */
export function answeredWarning(count: number): string {
  return `${plural(count, "personne")} ${count > 1 ? "ont" : "a"} déjà répondu : changer la question ou ses propositions change le sens de leurs réponses. Les réponses déjà données restent lisibles, avec l'ancien libellé.`;
}

function meetingQuestions(tx: DbOrTx, meetingId: string): MeetingQuestion[] {
  const meeting = tx.select({ questions: meetings.questions }).from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe plus.");
  return meeting.questions;
}

function questionIndex(questions: MeetingQuestion[], questionId: string): number {
  const index = questions.findIndex((question) => question.id === questionId);
  if (index < 0) throw new DomainError("not_found", "Cette question n'existe plus : rechargez la page.");
  return index;
}

function writeQuestions(tx: DbOrTx, meetingId: string, questions: MeetingQuestion[]): void {
  tx.update(meetings).set({ questions, updatedAt: new Date() }).where(eq(meetings.id, meetingId)).run();
}

function sameOptions(a: string[] | undefined, b: string[]): boolean {
  return (a ?? []).length === b.length && b.every((option, index) => a?.[index] === option);
}

/** The question as stored: no empty help, options only for choices. */
function stored(id: string, input: QuestionInput, earlier?: MeetingQuestion): MeetingQuestion {
  const choice = input.kind === "choice" || input.kind === "multiple";
  return {
    id,
    label: input.label,
    kind: input.kind,
    required: input.required,
    ...(choice ? { options: input.options } : {}),
    ...(input.help ? { help: input.help } : {}),
    ...(earlier?.previousLabels?.length ? { previousLabels: earlier.previousLabels } : {}),
  };
}

/**
 * Adds a question at the end (`questionId` null) or rewrites one. A question people already answered keeps its
 * kind, and its label or propositions change only with `confirmed` (staff ticked the box under the warning); its
 * former label then joins `previousLabels`, and answers naming a removed proposition keep it as written.
 */
export function saveQuestion(
  db: Db,
  actor: Actor,
  meetingId: string,
  questionId: string | null,
  /** Validated here against QuestionInput. */
  raw: unknown,
  confirmed = false,
): MeetingQuestion {
  const parsed = QuestionInput.safeParse(raw, { error: frenchZodErrors });
  if (!parsed.success) throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const question = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const questions = [...meetingQuestions(tx, meetingId)];
    let saved: MeetingQuestion;
    if (questionId === null) {
      saved = stored(`q${randomBytes(4).toString("hex")}`, input);
      questions.push(saved);
    } else {
      const index = questionIndex(questions, questionId);
      const earlier = questions[index]!;
      const answered = answerCounts(tx, meetingId).get(questionId) ?? 0;
      saved = stored(questionId, input, earlier);
      if (answered > 0) {
        if (earlier.kind !== input.kind) {
          const message = "Des personnes ont déjà répondu : le type de réponse ne peut plus changer. Retirez la question et créez-en une nouvelle.";
          throw new DomainError("conflict", message, { kind: message });
        }
        const labelChanged = earlier.label !== input.label;
        if ((labelChanged || !sameOptions(earlier.options, input.options)) && !confirmed) {
          throw new DomainError("conflict", answeredWarning(answered), { confirm: "Cochez la case pour confirmer le changement de sens." });
        }
        if (labelChanged) saved.previousLabels = [...(earlier.previousLabels ?? []), earlier.label];
      }
      questions[index] = saved;
    }
    writeQuestions(tx, meetingId, questions);
    recordAudit(tx, {
      actorId,
      action: questionId ? "question.update" : "question.create",
      entityType: "meeting",
      entityId: meetingId,
      details: { questionId: saved.id, label: saved.label },
    });
    return saved;
  });
  invalidateCache([cacheTags.meeting(meetingId)]);
  return question;
}

/**
 * Moves a question before or after its neighbour among the questions still asked (retired ones keep their place
 * among the rest). The outcome is what to announce (1-based position among the asked questions).
 */
export function moveQuestion(db: Db, actor: Actor, meetingId: string, questionId: string, direction: "up" | "down") {
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const questions = [...meetingQuestions(tx, meetingId)];
    const asked = questions.flatMap((question, index) => (question.retired ? [] : [index]));
    const from = asked.indexOf(questionIndex(questions, questionId));
    const to = direction === "up" ? from - 1 : from + 1;
    const label = questions[asked[from] ?? 0]!.label;
    if (from < 0 || to < 0 || to >= asked.length) throw new DomainError("conflict", `« ${label} » ne peut pas aller plus loin.`);
    const [a, b] = [asked[from]!, asked[to]!];
    [questions[a], questions[b]] = [questions[b]!, questions[a]!];
    writeQuestions(tx, meetingId, questions);
    recordAudit(tx, { actorId, action: "question.move", entityType: "meeting", entityId: meetingId, details: { questionId, position: to + 1 } });
    return { title: label, position: to + 1, total: asked.length };
  });
  invalidateCache([cacheTags.meeting(meetingId)]);
  return outcome;
}

/** Removes a question nobody answered; one with answers is retired instead: no longer asked, its answers kept readable. */
export function removeQuestion(db: Db, actor: Actor, meetingId: string, questionId: string): { label: string; retired: boolean } {
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const questions = [...meetingQuestions(tx, meetingId)];
    const index = questionIndex(questions, questionId);
    const question = questions[index]!;
    const retired = (answerCounts(tx, meetingId).get(questionId) ?? 0) > 0;
    if (retired) questions[index] = { ...question, retired: true };
    else questions.splice(index, 1);
    writeQuestions(tx, meetingId, questions);
    recordAudit(tx, { actorId, action: retired ? "question.retire" : "question.delete", entityType: "meeting", entityId: meetingId, details: { questionId, label: question.label } });
    return { label: question.label, retired };
  });
  invalidateCache([cacheTags.meeting(meetingId)]);
  return outcome;
}
