"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import type { MeetingQuestion } from "@/lib/meetings/schema";
import type { RegistrationStatus } from "@/lib/registrations/schema";
import { addRegistrantAction, registrantDetailsAction, registrantsAction } from "./actions";

export const ACTIONS_FORM_ID = "actions-inscrits";

type MeetingRef = { meetingId: string; slug: string };

function Hidden({ meetingId, slug }: MeetingRef) {
  return (
    <>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );
}

/**
 * The form of the list's actions: its outcome, the over-capacity box, the refusal message, and the buttons for the
 * ticked requests. The checkboxes and each row's buttons sit in the table and join it through their form attribute.
 */
export function RegistrantsActionForm({ meetingId, slug, pendingCount }: MeetingRef & { pendingCount: number }) {
  const [state, action] = useActionState(registrantsAction, {} as ActionState);
  return (
    <form id={ACTIONS_FORM_ID} action={action} className="card mb-6">
      <FormMessage state={state} idPrefix="actions" />
      <Hidden meetingId={meetingId} slug={slug} />
      <h2 className="mb-3 text-xl font-bold">Valider, refuser, promouvoir</h2>
      <p className="mb-3">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="auDelaDeLaJauge" aria-describedby="jauge-aide" className="size-4" />
          Confirmer au-delà de la jauge
        </label>
        <span id="jauge-aide" className="field-hint">
          Sans cette case, une demande validée alors que la rencontre est complète passe en tête de la liste d&apos;attente, et une promotion est refusée.
        </span>
      </p>
      <Field name="message" idPrefix="actions" label="Message joint au refus" hint="Envoyé par e-mail avec chaque refus." multiline state={state} />
      {pendingCount > 0 && (
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="ligne" value="approve" className="btn">Valider les demandes cochées</button>
          <ConfirmButton
            formId={ACTIONS_FORM_ID}
            name="ligne"
            value="refuse"
            label="Refuser les demandes cochées"
            title="Refuser les demandes cochées ?"
            description="Chaque personne reçoit un e-mail, avec le message ci-dessus s'il est rempli."
            confirmLabel="Refuser"
          />
        </div>
      )}
    </form>
  );
}

/** Checks or unchecks every pending request of the list. */
export function SelectAllPending() {
  return (
    <input
      type="checkbox"
      aria-label="Sélectionner toutes les demandes en attente"
      className="size-4"
      onChange={(event) => {
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${ACTIONS_FORM_ID}"][name="ids"]`)) box.checked = event.currentTarget.checked;
      }}
    />
  );
}

/** The buttons of one row, by status; they submit the list's form with "<action>:<id>". */
export function RowActions({ id, name, status, position, waitlistLength }: { id: string; name: string; status: RegistrationStatus; position: number | null; waitlistLength: number }) {
  const button = (action: string, label: string, variant = "btn btn-secondary", disabled = false) => (
    <button type="submit" form={ACTIONS_FORM_ID} name="ligne" value={`${action}:${id}`} className={variant} disabled={disabled}>
      {label}
      <span className="sr-only"> {name}</span>
    </button>
  );
  const live = status === "confirmed" || status === "waitlisted" || status === "pending_approval";
  return (
    <div className="flex flex-wrap gap-2">
      {status === "pending_approval" && (
        <>
          {button("approve", "Valider", "btn")}
          <ConfirmButton
            formId={ACTIONS_FORM_ID}
            name="ligne"
            value={`refuse:${id}`}
            label={<>Refuser<span className="sr-only"> {name}</span></>}
            title={`Refuser la demande de ${name} ?`}
            description="La personne reçoit un e-mail, avec le message de refus s'il est rempli."
            confirmLabel="Refuser"
          />
        </>
      )}
      {status === "waitlisted" && (
        <>
          {button("promote", "Promouvoir", "btn")}
          {button("up", "Monter", "btn btn-secondary", position === 1)}
          {button("down", "Descendre", "btn btn-secondary", position === waitlistLength)}
        </>
      )}
      {live && (
        <ConfirmButton
          formId={ACTIONS_FORM_ID}
          name="ligne"
          value={`cancel:${id}`}
          label={<>Annuler l&apos;inscription<span className="sr-only"> de {name}</span></>}
          title={`Annuler l'inscription de ${name} ?`}
          description="La personne en est informée par e-mail ; une place libérée revient à la première personne de la liste d'attente."
          confirmLabel="Annuler l'inscription"
        />
      )}
    </div>
  );
}

/** The answers and the private note of one registration, edited in place. */
export function RegistrantDetailsForm({
  meetingId,
  slug,
  id,
  name,
  questions,
  answers,
  note,
}: MeetingRef & { id: string; name: string; questions: MeetingQuestion[]; answers: Record<string, string>; note: string }) {
  const [state, action] = useActionState(registrantDetailsAction, {} as ActionState);
  const prefix = `details-${id}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer">
        Réponses et note<span className="sr-only"> de {name}</span>
      </summary>
      <form action={action} className="mt-2">
        <FormMessage state={state} idPrefix={prefix} />
        <Hidden meetingId={meetingId} slug={slug} />
        <input type="hidden" name="registrationId" value={id} />
        {questions
          .filter((question) => !question.retired)
          .map((question) => (
            <Field
              key={question.id}
              name={`answers.${question.id}`}
              idPrefix={prefix}
              label={question.label}
              required={question.required}
              defaultValue={answers[question.id]}
              multiline={question.kind === "textarea"}
              options={question.kind === "choice" ? (question.options ?? []).map((option) => ({ value: option, label: option })) : undefined}
              state={state}
            />
          ))}
        <Field name="note" idPrefix={prefix} label="Note de l'équipe" hint="Jamais montrée à la personne ; incluse dans l'export de ses données." multiline defaultValue={note} state={state} />
        <SubmitButton variant="secondary">
          Enregistrer<span className="sr-only"> les réponses et la note de {name}</span>
        </SubmitButton>
      </form>
    </details>
  );
}

/** Registering someone by hand: an existing account by e-mail, or a new person who receives an invitation. */
export function AddRegistrantForm({ meetingId, slug }: MeetingRef) {
  const [state, action] = useActionState(addRegistrantAction, {} as ActionState);
  return (
    <form action={action} className="card mb-6" aria-labelledby="titre-ajout">
      <h2 id="titre-ajout" className="mb-3 text-xl font-bold">Inscrire quelqu&apos;un</h2>
      <FormMessage state={state} idPrefix="ajout" />
      <Hidden meetingId={meetingId} slug={slug} />
      <Field name="email" idPrefix="ajout" type="email" label="Adresse e-mail" required autoComplete="off" state={state} />
      <fieldset className="mb-4">
        <legend className="field-label">Nouvelle personne, sans compte</legend>
        <p className="field-hint">À remplir seulement si l&apos;adresse n&apos;a pas de compte : il est créé et la personne reçoit une invitation à choisir son mot de passe.</p>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field name="givenName" idPrefix="ajout" label="Prénom" autoComplete="off" state={state} />
          <Field name="familyName" idPrefix="ajout" label="Nom de famille" autoComplete="off" state={state} />
          <Field name="organisation" idPrefix="ajout" label="Structure" autoComplete="off" state={state} />
        </div>
      </fieldset>
      <p className="mb-4">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="auDelaDeLaJauge" className="size-4" />
          Confirmer au-delà de la jauge si la rencontre est complète
        </label>
      </p>
      <SubmitButton>Inscrire</SubmitButton>
    </form>
  );
}
