"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { MeetingQuestion } from "@/lib/meetings/schema";
import { cancelAction, registerAction } from "@/app/rencontres/[slug]/actions";

type MeetingRef = { meetingId: string; slug: string };

export function RegisterForm({ meetingId, slug, questions, submitLabel }: MeetingRef & { questions: MeetingQuestion[]; submitLabel: string }) {
  const [state, action] = useActionState(registerAction, {} as ActionState);
  return (
    <form action={action} noValidate aria-label="Formulaire d'inscription">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      {questions.map((q) => (
        <Field
          key={q.id}
          name={`answers.${q.id}`}
          label={q.label}
          hint={q.help}
          required={q.required}
          multiline={q.kind === "textarea"}
          options={q.kind === "choice" ? (q.options ?? []).map((o) => ({ value: o, label: o })) : undefined}
          state={state}
        />
      ))}
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

export function CancelForm({ meetingId, slug, label }: MeetingRef & { label: string }) {
  const [state, action] = useActionState(cancelAction, {} as ActionState);
  return (
    <form action={action} className="mt-3">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton variant="danger">{label}</SubmitButton>
    </form>
  );
}
