"use client";

import { createContext, use, useActionState, useId, useRef, useSyncExternalStore } from "react";
import { ChoiceGroup, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { MeetingQuestion } from "@/lib/meetings/schema";
import { askedQuestions, YES_NO_OPTIONS } from "@/lib/registrations/answers";
import { cancelFromPageAction, registrationAction } from "@/app/rencontres/[slug]/actions";

type MeetingRef = { meetingId: string; slug: string };
type RegistrationActionState = readonly [ActionState, (formData: FormData) => void];

const RegistrationActionContext = createContext<RegistrationActionState | null>(null);

function useRegistrationAction(): RegistrationActionState {
  const value = use(RegistrationActionContext);
  if (!value) throw new Error("Les formulaires d'inscription doivent être placés dans <RegistrationOutcome>.");
  return value;
}

/**
 * Holds the registration action above the forms that the page swaps once it succeeds (registering replaces the
 * form by my status, cancelling removes the card), with the live region of its outcome: the message survives the
 * swap, is announced, and receives the focus.
 */
export function RegistrationOutcome({ children }: { children: React.ReactNode }) {
  const [state, action] = useActionState(registrationAction, {} as ActionState);
  return (
    <RegistrationActionContext value={[state, action]}>
      <FormMessage state={state} />
      {children}
    </RegistrationActionContext>
  );
}

function MeetingFields({ meetingId, slug, intent }: MeetingRef & { intent: "register" | "cancel" }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );
}

export function RegisterForm({ meetingId, slug, questions, submitLabel }: MeetingRef & { questions: MeetingQuestion[]; submitLabel: string }) {
  const [state, action] = useRegistrationAction();
  return (
    <form action={action} noValidate aria-label="Formulaire d'inscription">
      <MeetingFields meetingId={meetingId} slug={slug} intent="register" />
      {askedQuestions(questions).map((q) =>
        q.kind === "text" || q.kind === "textarea" ? (
          <Field key={q.id} name={`answers.${q.id}`} label={q.label} hint={q.help} required={q.required} multiline={q.kind === "textarea"} state={state} />
        ) : (
          <ChoiceQuestion key={q.id} question={q} state={state} />
        ),
      )}
      <div className="mb-4 flex items-start gap-2">
        <input id="champ-consent" name="consent" type="checkbox" className="mt-1 h-5 w-5" defaultChecked={state.values?.consent === "on"} />
        <label htmlFor="champ-consent">
          J&apos;accepte que mon nom et ma structure figurent sur la liste des participants communiquée aux autres
          participants <span className="text-muted">(facultatif)</span>.
        </label>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

/** A question answered by ticking: single choice and yes/no as radio buttons, multiple choice as checkboxes. */
function ChoiceQuestion({ question, state }: { question: MeetingQuestion; state: ActionState }) {
  const name = `answers.${question.id}`;
  const options = question.kind === "yes_no" ? [...YES_NO_OPTIONS] : (question.options ?? []);
  return (
    <ChoiceGroup
      name={name}
      legend={
        <>
          {question.label}
          <span className="font-normal text-muted">{question.required ? " (obligatoire)" : " (facultatif)"}</span>
        </>
      }
      hint={question.help}
      options={options.map((option) => ({ value: option, label: option }))}
      multiple={question.kind === "multiple"}
      checked={state.values?.[name]?.split("\n") ?? []}
      layout={question.kind === "yes_no" ? "flex gap-6" : "grid gap-1"}
      state={state}
    />
  );
}

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once the page's scripts run: what progressive enhancement needs. */
function useScriptsRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

type CancelProps = MeetingRef & { title: string; waitlisted: boolean };

function cancelWording(waitlisted: boolean) {
  return waitlisted
    ? { action: "Quitter la liste d'attente", question: "Quitter la liste d'attente ?", confirm: "Oui, quitter la liste d'attente" }
    : { action: "Annuler mon inscription", question: "Annuler votre inscription ?", confirm: "Oui, annuler mon inscription" };
}

/**
 * Cancelling asks first. Without scripts, a link to the confirmation page; with them, a button that opens a
 * native modal <dialog> (focus kept inside, Escape closes it). The outcome goes to the enclosing live region.
 */
export function CancelForm({ meetingId, slug, title, waitlisted }: CancelProps) {
  const [, action] = useRegistrationAction();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const wording = cancelWording(waitlisted);
  if (!useScriptsRunning()) {
    return (
      <p className="mt-3">
        <a href={`/rencontres/${slug}/annuler`} className="btn btn-danger">
          {wording.action}
        </a>
      </p>
    );
  }
  return (
    <div className="mt-3">
      <button type="button" className="btn btn-danger" onClick={() => dialog.current?.showModal()}>
        {wording.action}
      </button>
      <dialog ref={dialog} aria-labelledby={headingId} className="m-auto max-w-lg rounded border border-line p-6 backdrop:bg-black/50">
        <h2 id={headingId} className="mb-2 text-xl font-bold">
          {wording.question}
        </h2>
        <p className="mb-4">{`« ${title} »`}</p>
        <form action={action} onSubmit={() => dialog.current?.close()} className="flex flex-wrap gap-2">
          <MeetingFields meetingId={meetingId} slug={slug} intent="cancel" />
          <SubmitButton variant="danger">{wording.confirm}</SubmitButton>
          <button type="button" className="btn btn-secondary" onClick={() => dialog.current?.close()}>
            Non, ne rien changer
          </button>
        </form>
      </dialog>
    </div>
  );
}

/**
 * The confirmation page's form, for browsers without scripts: it works as a plain HTML form post, and the page it
 * redirects to says what was done (`done`). Past the cancellation deadline, whom to write to instead (`closed`).
 */
export function CancelConfirmation({
  meetingId,
  slug,
  waitlisted,
  registered,
  closed,
  done,
}: MeetingRef & { waitlisted: boolean; registered: boolean; closed: string | null; done: string | null }) {
  const [state, action] = useActionState(cancelFromPageAction, {} as ActionState);
  const wording = cancelWording(waitlisted);
  return (
    <div>
      <FormMessage state={state} />
      {done ? (
        <p role="status" className="rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
          {done}
        </p>
      ) : registered && closed ? (
        <p className="rounded border-l-4 border-warn bg-warn-soft p-3 text-warn">{closed}</p>
      ) : registered ? (
        <form action={action} className="flex flex-wrap gap-2">
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="slug" value={slug} />
          <SubmitButton variant="danger">{wording.confirm}</SubmitButton>
        </form>
      ) : (
        <p>Vous n&apos;avez pas d&apos;inscription en cours à cette rencontre.</p>
      )}
      <p className="mt-4">
        <a href={`/rencontres/${slug}`}>Retour à la rencontre</a>
      </p>
    </div>
  );
}
