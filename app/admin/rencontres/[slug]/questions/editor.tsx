"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { formDataOf, MoveButtons } from "@/components/ui/move-buttons";
import type { ActionState } from "@/lib/actions";
import { QUESTION_KIND_LABELS } from "@/lib/meetings/labels";
import { QUESTION_KINDS, type MeetingQuestion } from "@/lib/meetings/schema";
import { moveQuestionAction, removeQuestionAction, saveQuestionAction } from "./actions";


/** `warning`: what staff read before changing the meaning of an answered question. */
type EditorQuestion = MeetingQuestion & { answers: number; warning: string };
type Props = { meetingId: string; slug: string; questions: EditorQuestion[] };

export function QuestionsEditor({ meetingId, slug, questions }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const asked = questions.filter((question) => !question.retired);
  const retired = questions.filter((question) => question.retired);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="titre-questions">
        <h2 id="titre-questions" ref={heading} tabIndex={-1} className="mb-4 text-2xl font-bold">
          Questions posées ({asked.length})
        </h2>
        {asked.length === 0 ? (
          <p>Aucune question n&apos;est posée à l&apos;inscription.</p>
        ) : (
          <ol className="grid gap-4">
            {asked.map((question, index) => (
              <QuestionEntry key={question.id} question={question} index={index} total={asked.length} meetingId={meetingId} slug={slug} heading={heading} />
            ))}
          </ol>
        )}
      </section>
      {retired.length > 0 && (
        <section aria-labelledby="titre-retirees">
          <h2 id="titre-retirees" className="mb-2 text-2xl font-bold">Questions retirées</h2>
          <p className="mb-2 text-muted">Elles ne sont plus posées ; les réponses déjà données restent lisibles dans la liste des inscrits.</p>
          <ul className="list-disc pl-5">
            {retired.map((question) => (
              <li key={question.id}>
                {question.label} ({question.answers} réponse{question.answers > 1 ? "s" : ""})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="titre-nouvelle-question" className="card">
        <h2 id="titre-nouvelle-question" className="mb-4 text-2xl font-bold">Ajouter une question</h2>
        <QuestionForm meetingId={meetingId} slug={slug} />
      </section>
    </div>
  );
}

function QuestionEntry({
  question,
  index,
  total,
  meetingId,
  slug,
  heading,
}: {
  question: EditorQuestion;
  index: number;
  total: number;
  meetingId: string;
  slug: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const announce = useAnnounce();
  const [removed, removeAction] = useActionState(removeQuestionAction, {} as ActionState);
  useEffect(() => {
    if (removed.error) announce.alert(removed.error);
    else if (removed.message) announce.status(removed.message);
  }, [removed, announce]);
  const formId = `retirer-${question.id}`;
  const closeEditor = (message?: string) => {
    setEditing(false);
    if (message) announce.status(message);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li className="card" aria-labelledby={`question-${question.id}`}>
      <h3 id={`question-${question.id}`} className="text-lg font-bold">
        {question.label}
      </h3>
      <p className="text-sm text-muted">
        {QUESTION_KIND_LABELS[question.kind]} · {question.required ? "obligatoire" : "facultative"}
        {question.answers > 0 && ` · ${question.answers} réponse${question.answers > 1 ? "s" : ""}`}
      </p>
      {question.options && <p className="text-sm">Propositions : {question.options.join(", ")}</p>}
      {question.help && <p className="text-sm">Aide : {question.help}</p>}
      {question.previousLabels && question.previousLabels.length > 0 && <p className="text-sm">Anciens libellés : {question.previousLabels.map((l) => `« ${l} »`).join(", ")}</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        <MoveButtons
          name={question.label}
          index={index}
          total={total}
          move={(direction) => moveQuestionAction({}, formDataOf({ meetingId, questionId: question.id, slug, direction }))}
        />
        <button ref={editButton} type="button" className="btn btn-secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Modifier<span className="sr-only">{` « ${question.label} »`}</span>
        </button>
        <form
          id={formId}
          action={(data) => {
            heading.current?.focus();
            removeAction(data);
          }}
        >
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="questionId" value={question.id} />
          <input type="hidden" name="slug" value={slug} />
        </form>
        <ConfirmButton
          formId={formId}
          label={
            <>
              {question.answers > 0 ? "Retirer" : "Supprimer"}
              <span className="sr-only">{` « ${question.label} »`}</span>
            </>
          }
          title={
            question.answers > 0
              ? `Ne plus poser « ${question.label} » ? Les ${question.answers} réponses déjà données restent lisibles.`
              : `Supprimer la question « ${question.label} » ? Cette action est définitive.`
          }
          confirmLabel={question.answers > 0 ? "Retirer la question" : "Supprimer la question"}
        />
      </div>
      {editing && (
        <div className="mt-4 border-t border-line pt-4">
          <QuestionForm meetingId={meetingId} slug={slug} question={question} onSaved={closeEditor} />
        </div>
      )}
    </li>
  );
}

function QuestionForm({ meetingId, slug, question, onSaved }: { meetingId: string; slug: string; question?: EditorQuestion; onSaved?: (message?: string) => void }) {
  const [state, action] = useActionState(saveQuestionAction, {} as ActionState);
  const idPrefix = `question-${question?.id ?? "nouvelle"}`;
  const [generation, setGeneration] = useState(0);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.ok && !onSaved) setGeneration(generation + 1);
  }
  useEffect(() => {
    if (state.ok) onSaved?.(state.message);
  }, [state, onSaved]);
  const fieldState = state.ok ? {} : state;
  const values = fieldState.values;
  const confirmError = fieldState.fieldErrors?.confirm;
  return (
    <form action={action} noValidate aria-label={question ? `Modifier « ${question.label} »` : "Nouvelle question"}>
      {(!onSaved || state.error) && <FormMessage state={state} idPrefix={idPrefix} />}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      {question && <input type="hidden" name="questionId" value={question.id} />}
      <div key={generation}>
        <Field name="label" label="Question" state={fieldState} idPrefix={idPrefix} required defaultValue={question?.label} />
        <Field
          name="kind"
          label="Type de réponse"
          state={fieldState}
          idPrefix={idPrefix}
          required
          defaultValue={question?.kind}
          options={QUESTION_KINDS.map((kind) => ({ value: kind, label: QUESTION_KIND_LABELS[kind] }))}
        />
        <Field
          name="options"
          label="Propositions"
          hint="Pour un choix unique ou multiple : une proposition par ligne, deux au moins."
          state={fieldState}
          idPrefix={idPrefix}
          multiline
          defaultValue={question?.options?.join("\n")}
        />
        <Field name="help" label="Aide" hint="Affichée sous la question." state={fieldState} idPrefix={idPrefix} defaultValue={question?.help} />
        <div className="mb-4 flex items-start gap-2">
          <input
            id={`${idPrefix}-required`}
            name="required"
            type="checkbox"
            className="mt-1 h-5 w-5"
            defaultChecked={values ? values.required === "on" : (question?.required ?? false)}
          />
          <label htmlFor={`${idPrefix}-required`}>Réponse obligatoire</label>
        </div>
        {question && question.answers > 0 && (
          <div className="mb-4 rounded border-l-4 border-warn bg-warn-soft p-3">
            <p id={`${idPrefix}-avertissement`} className="mb-2 font-semibold text-warn">
              {question.warning}
            </p>
            <div className="flex items-start gap-2">
              <input
                id={`${idPrefix}-confirm`}
                name="confirm"
                type="checkbox"
                className="mt-1 h-5 w-5"
                aria-describedby={[`${idPrefix}-avertissement`, confirmError ? `${idPrefix}-confirm-erreur` : ""].filter(Boolean).join(" ")}
                aria-invalid={confirmError ? true : undefined}
              />
              <label htmlFor={`${idPrefix}-confirm`}>Je confirme changer le libellé ou les propositions malgré les réponses déjà données</label>
            </div>
            {confirmError && (
              <p id={`${idPrefix}-confirm-erreur`} className="field-error">
                {confirmError}
              </p>
            )}
          </div>
        )}
      </div>
      <SubmitButton>{question ? "Enregistrer la question" : "Ajouter la question"}</SubmitButton>
    </form>
  );
}
