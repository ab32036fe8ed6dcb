"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { MEETING_KINDS } from "@/lib/meetings/schema";

type Choice = { id: string; name: string };

export type MeetingFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** The meeting's stored values (empty for a new one); what was typed replaces them after a refusal. */
  initial: Record<string, string>;
  meetingId?: string;
  organisations: Choice[];
  themes: Choice[];
  /** Live registrants to tell when the time or place changes: 0 hides the question. */
  registrantsToNotify: number;
  confirmed: number;
  submitLabel: string;
};

const ID = "rencontre";

function Checkbox({ name, label, hint, checked, value = "on" }: { name: string; label: string; hint?: string; checked: boolean; value?: string }) {
  const id = `${ID}-${name}-${value}`;
  return (
    <div className="mb-3 flex items-start gap-2">
      <input id={id} name={name} type="checkbox" value={value} className="mt-1 h-5 w-5" defaultChecked={checked} key={String(checked)} aria-describedby={hint ? `${id}-aide` : undefined} />
      <label htmlFor={id}>
        {label}
        {hint && (
          <span id={`${id}-aide`} className="field-hint">
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}

/** Checkboxes of one group (themes, partners), in a fieldset, with the group's error next to its legend. */
function CheckboxGroup({ name, legend, choices, checked, state }: { name: string; legend: string; choices: Choice[]; checked: Set<string>; state: ActionState }) {
  const error = state.fieldErrors?.[name];
  return (
    <fieldset id={`${ID}-${name}`} className="mb-4" aria-describedby={error ? `${ID}-${name}-erreur` : undefined}>
      <legend className="field-label">
        {legend}
        <span className="font-normal text-muted"> (facultatif)</span>
      </legend>
      {error && (
        <p id={`${ID}-${name}-erreur`} className="field-error">
          {error}
        </p>
      )}
      <div className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2">
        {choices.map((choice) => (
          <Checkbox key={choice.id} name={name} value={choice.id} label={choice.name} checked={checked.has(choice.id)} />
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Every field of a meeting, grouped in fieldsets. Times are Paris wall-clock times; what was typed survives a
 * refusal; the outcome is announced and focused at the top.
 */
export function MeetingForm({ action, initial, meetingId, organisations, themes, registrantsToNotify, confirmed, submitLabel }: MeetingFormProps) {
  const [state, formAction] = useActionState(action, {} as ActionState);
  const values = state.values ?? initial;
  const shown: ActionState = { ...state, values };
  const on = (name: string) => values[name] === "on";
  const ids = (name: string) => new Set((values[name] ?? "").split(",").filter(Boolean));
  const field = { state: shown, idPrefix: ID };

  return (
    <form action={formAction} noValidate aria-label={submitLabel}>
      <FormMessage state={state} idPrefix={ID} />
      {meetingId && <input type="hidden" name="meetingId" value={meetingId} />}

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Présentation</legend>
        <Field name="kind" label="Type de rencontre" required options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))} {...field} />
        <Field name="title" label="Titre" required hint="Par exemple : Rencontre de réseau des chefs de projet à Noyon." {...field} />
        <Field name="summary" label="Résumé" multiline hint="Une ou deux phrases, montrées dans les listes (500 caractères au plus)." {...field} />
        <Field
          name="description"
          label="Description"
          multiline
          hint="Mise en forme Markdown : **gras**, *italique*, ## Intertitre, une ligne « - » par élément de liste, [texte du lien](https://exemple.fr). Une ligne vide sépare les paragraphes."
          {...field}
       />
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Dates et horaires (heure de Paris)</legend>
        <Checkbox name="allDay" label="Toute la journée (sans horaires)" checked={on("allDay")} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field name="startDate" type="date" label="Date de début" required hint="Format AAAA-MM-JJ, par exemple 2027-05-11." {...field} />
          <Field name="startTime" type="time" label="Heure de début" hint="Par exemple 09:30 ; vide pour une rencontre sur la journée." {...field} />
          <Field name="endDate" type="date" label="Date de fin" hint="Vide : le même jour. Une date plus tardive pour une rencontre sur plusieurs jours." {...field} />
          <Field name="endTime" type="time" label="Heure de fin" hint="Par exemple 16:30 ; vide pour une rencontre sur la journée." {...field} />
        </div>
        {registrantsToNotify > 0 && (
          <Checkbox
            name="notify"
            label={`Prévenir ${registrantsToNotify > 1 ? `les ${registrantsToNotify} inscrits` : "la personne inscrite"} par courriel, avec la mise à jour de l'invitation`}
            hint="S'applique seulement si la date, l'horaire ou le lieu changent. Sans envoi, les agendas qui ont importé la rencontre se mettront quand même à jour."
            checked={state.values ? on("notify") : true}
         />
        )}
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Lieu</legend>
        <Field name="venueName" label="Nom du lieu" hint="Par exemple : Hôtel de ville." {...field} />
        <Field name="venueRoom" label="Salle" hint="Par exemple : Salle du conseil." {...field} />
        <Field name="venueAddress" label="Adresse" hint="Numéro et rue, par exemple : 1 place de l'Hôtel de ville." {...field} />
        <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
          <Field name="venuePostcode" label="Code postal" hint="5 chiffres, par exemple 60400." {...field} />
          <Field name="venueCity" label="Ville" hint="Par exemple : Noyon." {...field} />
        </div>
        <Field name="onlineUrl" type="url" label="Lien de visioconférence" hint="Pour une rencontre en ligne, par exemple https://visio.example.org/reunion." {...field} />
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Organisateurs et thématiques</legend>
        <Field name="hostOrganisationId" label="Accueilli par" options={organisations.map((o) => ({ value: o.id, label: o.name }))} {...field} />
        <CheckboxGroup name="partnerIds" legend="Partenaires" choices={organisations} checked={ids("partnerIds")} state={state} />
        <CheckboxGroup name="themeIds" legend="Thématiques" choices={themes} checked={ids("themeIds")} state={state} />
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Inscriptions</legend>
        <Field
          name="audience"
          label="Public"
          required
          options={[
            { value: "public", label: "Ouverte à tous" },
            { value: "members", label: "Réservée aux membres du réseau" },
          ]}
          {...field}
       />
        <Checkbox name="registrationEnabled" label="Inscription en ligne" checked={on("registrationEnabled")} />
        <Field
          name="capacity"
          type="number"
          label="Nombre de places"
          hint={
            confirmed > 0
              ? `Vide : places illimitées. ${confirmed} ${confirmed > 1 ? "personnes sont déjà confirmées" : "personne est déjà confirmée"} : avec moins de places, ${confirmed > 1 ? "elles le restent" : "elle le reste"} ; les nouvelles inscriptions iront en liste d'attente (ou seront refusées sans liste d'attente).`
              : "Vide : places illimitées."
          }
          {...field}
       />
        <Checkbox name="waitlistEnabled" label="Liste d'attente quand la rencontre est complète" checked={on("waitlistEnabled")} />
        <Checkbox name="approvalRequired" label="Inscriptions validées par l'équipe" checked={on("approvalRequired")} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field name="registrationOpensAt" type="datetime-local" label="Ouverture des inscriptions" hint="Date et heure, par exemple 2027-04-01 09:00. Vide : dès la publication." {...field} />
          <Field name="registrationClosesAt" type="datetime-local" label="Clôture des inscriptions" hint="Date et heure, par exemple 2027-05-04 18:00. Vide : jusqu'au début." {...field} />
        </div>
        <Field
          name="cancellationDeadline"
          type="datetime-local"
          label="Annulation en ligne jusqu'au"
          hint="Date et heure. Ensuite, les inscrits écrivent à l'IREV pour se désinscrire. Vide : jusqu'au début."
          {...field}
       />
      </fieldset>

      <fieldset className="card mb-6">
        <legend className="px-1 text-xl font-bold">Participation (rencontre passée)</legend>
        <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
          <Field name="reportedAttendance" type="number" label="Nombre de participants" hint="Une fois la rencontre terminée, par exemple 17." {...field} />
          <Field name="reportedAttendanceLabel" label="Formulation" hint="Telle que publiée, par exemple : les 17 participants." {...field} />
        </div>
      </fieldset>

      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
