"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { formDataOf, MoveButtons } from "@/components/ui/move-buttons";
import type { ActionState } from "@/lib/actions";
import { AGENDA_KIND_LABELS } from "@/lib/meetings/labels";
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from "@/lib/meetings/schema";
import { deleteAgendaItemAction, moveAgendaItemAction, saveAgendaItemAction } from "./actions";

type Speaker = { name: string; function: string; organisationName: string };
export type BuilderItem = {
  id: string;
  kind: AgendaItemKind;
  kindLabel: string;
  title: string;
  description: string;
  day: string;
  start: string;
  end: string;
  speakers: Speaker[];
};
type Day = { value: string; label: string };
type Props = { meetingId: string; slug: string; days: Day[]; items: BuilderItem[] };

export function ProgrammeBuilder({ meetingId, slug, days, items }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="titre-sequences">
        <h2 id="titre-sequences" ref={headingRef} tabIndex={-1} className="mb-4 text-2xl font-bold">
          Séquences ({items.length})
        </h2>
        {items.length === 0 ? (
          <p>Le programme est vide : ajoutez sa première séquence ci-dessous.</p>
        ) : (
          <ol className="grid gap-4">
            {items.map((item, index) => (
              <ProgrammeEntry key={item.id} item={item} index={index} total={items.length} slug={slug} meetingId={meetingId} days={days} heading={headingRef} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="titre-ajout" className="card">
        <h2 id="titre-ajout" className="mb-4 text-2xl font-bold">Ajouter une séquence</h2>
        <ItemForm meetingId={meetingId} slug={slug} days={days} />
      </section>
    </div>
  );
}

function ProgrammeEntry({
  item,
  index,
  total,
  slug,
  meetingId,
  days,
  heading,
}: {
  item: BuilderItem;
  index: number;
  total: number;
  slug: string;
  meetingId: string;
  days: Day[];
  heading: React.RefObject<HTMLHeadingElement | null>;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const announce = useAnnounce();
  const [deleted, deleteAction] = useActionState(deleteAgendaItemAction, {} as ActionState);
  const deleteFormId = `supprimer-${item.id}`;
  useEffect(() => {
    if (deleted.error) announce.alert(deleted.error);
  }, [deleted, announce]);
  const closeEditor = (message?: string) => {
    setEditing(false);
    if (message) announce.status(message);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li className="card" aria-labelledby={`titre-${item.id}`}>
      <p className="text-sm font-semibold text-muted">
        {days.length > 1 && `${days.find((day) => day.value === item.day)?.label ?? item.day}, `}
        {item.start && `${item.start.replace(":", " h ")}`}
        {item.end && ` – ${item.end.replace(":", " h ")}`} · {item.kindLabel}
      </p>
      <h3 id={`titre-${item.id}`} className="text-lg font-bold">
        {item.title}
      </h3>
      {item.description && <p className="mt-1 whitespace-pre-line">{item.description}</p>}
      {item.speakers.length > 0 && (
        <ul className="mt-2 text-sm" aria-label={`Intervenants de « ${item.title} »`}>
          {item.speakers.map((s, i) => (
            <li key={i}>
              <strong>{s.name}</strong>
              {[s.function, s.organisationName].filter(Boolean).length > 0 && `, ${[s.function, s.organisationName].filter(Boolean).join(", ")}`}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <MoveButtons
          name={item.title}
          index={index}
          total={total}
          move={(direction) => moveAgendaItemAction({}, formDataOf({ itemId: item.id, slug, direction }))}
        />
        <button ref={editButton} type="button" className="btn btn-secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Modifier<span className="sr-only">{` « ${item.title} »`}</span>
        </button>
        <form
          id={deleteFormId}
          action={(data) => {
            heading.current?.focus();
            announce.status(`Suppression de « ${item.title} »…`);
            deleteAction(data);
          }}
        >
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="slug" value={slug} />
        </form>
        <ConfirmButton
          formId={deleteFormId}
          label={
            <>
              Supprimer<span className="sr-only">{` « ${item.title} »`}</span>
            </>
          }
          title={`Supprimer « ${item.title} » du programme ? Ses intervenants seront retirés aussi.`}
          confirmLabel="Supprimer la séquence"
        />
      </div>
      {editing && (
        <div className="mt-4 border-t border-line pt-4">
          <ItemForm meetingId={meetingId} slug={slug} days={days} item={item} onSaved={closeEditor} />
        </div>
      )}
    </li>
  );
}

type SpeakerRow = Speaker & { key: number };

/* Keys of speaker rows on screen, unique in the page: rows keep their fields and focus when they move. */
let speakerKeys = 0;
const row = (speaker: Speaker): SpeakerRow => ({ ...speaker, key: speakerKeys++ });

/** Adds an item (no `item`) or edits one; the speakers are edited here, in order, and saved with the item. */
function ItemForm({ meetingId, slug, days, item, onSaved }: { meetingId: string; slug: string; days: Day[]; item?: BuilderItem; onSaved?: (message?: string) => void }) {
  const [state, action] = useActionState(saveAgendaItemAction, {} as ActionState);
  /* After an addition the fields start afresh (a new key); the state seen last tells a new outcome from a re-render. */
  const [generation, setGeneration] = useState(0);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.ok && !onSaved) setGeneration(generation + 1);
  }
  const prefix = useId().replace(/:/g, "");
  const idPrefix = `sequence-${item?.id ?? "nouvelle"}${prefix}`;
  useEffect(() => {
    if (state.ok) onSaved?.(state.message);
  }, [state, onSaved]);
  return (
    <form action={action} noValidate aria-label={item ? `Modifier « ${item.title} »` : "Nouvelle séquence"}>
      {!onSaved && <FormMessage state={state} idPrefix={idPrefix} />}
      {onSaved && state.error && <FormMessage state={state} idPrefix={idPrefix} />}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      {item && <input type="hidden" name="itemId" value={item.id} />}
      <ItemFields key={generation} state={state.ok ? {} : state} idPrefix={idPrefix} days={days} item={item} />
      <SubmitButton>{item ? "Enregistrer la séquence" : "Ajouter la séquence"}</SubmitButton>
    </form>
  );
}

function ItemFields({ state, idPrefix, days, item }: { state: ActionState; idPrefix: string; days: Day[]; item?: BuilderItem }) {
  const [speakers, setSpeakers] = useState<SpeakerRow[]>(() => (item?.speakers ?? []).map(row));
  const announce = useAnnounce();
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });
  const update = (key: number, field: keyof Speaker, value: string) => setSpeakers((list) => list.map((s) => (s.key === key ? { ...s, [field]: value } : s)));
  const moveSpeaker = (index: number, by: -1 | 1, button: "monter" | "descendre") => {
    const list = [...speakers];
    [list[index], list[index + by]] = [list[index + by]!, list[index]!];
    setSpeakers(list);
    const moved = list[index + by]!;
    const atEnd = (button === "monter" && index + by === 0) || (button === "descendre" && index + by === list.length - 1);
    focusTarget.current = `${idPrefix}-intervenant-${moved.key}-${atEnd ? (button === "monter" ? "descendre" : "monter") : button}`;
    announce.status(`Intervenant ${moved.name || "sans nom"} déplacé en position ${index + by + 1} sur ${list.length}.`);
  };
  const title = item?.title ?? "la nouvelle séquence";
  return (
    <>
      <Field name="kind" label="Type" state={state} idPrefix={idPrefix} required defaultValue={item?.kind} options={AGENDA_ITEM_KINDS.map((kind) => ({ value: kind, label: AGENDA_KIND_LABELS[kind] }))} />
      <Field name="title" label="Titre" state={state} idPrefix={idPrefix} required defaultValue={item?.title} />
      <Field name="description" label="Description" state={state} idPrefix={idPrefix} multiline defaultValue={item?.description} />
      <fieldset className="mb-4">
        <legend className="field-label">Horaire (heure de Paris)</legend>
        {days.length > 1 ? (
          <Field name="day" label="Jour" state={state} idPrefix={idPrefix} required defaultValue={item?.day ?? days[0]!.value} options={days} />
        ) : (
          <>
            <input type="hidden" name="day" value={days[0]!.value} />
            <p className="mb-2">{days[0]!.label}</p>
          </>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="start" type="time" label="Début" hint="Format 09:30" state={state} idPrefix={idPrefix} required defaultValue={item?.start} />
          <Field name="end" type="time" label="Fin" hint="Format 11:00 ; laissez vide si la fin n'est pas fixée" state={state} idPrefix={idPrefix} defaultValue={item?.end} />
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="field-label">{`Intervenants de « ${title} »`}</legend>
        {speakers.length === 0 && <p className="mb-2 text-muted">Aucun intervenant.</p>}
        <ol className="grid gap-3">
          {speakers.map((speaker, index) => {
            const base = `${idPrefix}-intervenant-${speaker.key}`;
            const name = speaker.name || `intervenant ${index + 1}`;
            const error = state.fieldErrors?.[`speakers.${index}.name`];
            return (
              <li key={speaker.key}>
                <fieldset className="rounded border border-line p-3">
                  <legend className="px-1 font-semibold">Intervenant {index + 1}</legend>
                  <div className="grid gap-3 sm:grid-cols-3">
                    <div>
                      <label htmlFor={`${base}-nom`} className="field-label">
                        Nom<span className="font-normal text-muted"> (obligatoire)</span>
                      </label>
                      <input
                        id={`${base}-nom`}
                        name="speakerName"
                        className="field-input"
                        value={speaker.name}
                        onChange={(e) => update(speaker.key, "name", e.target.value)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${base}-erreur` : undefined}
                      />
                      {error && (
                        <p id={`${base}-erreur`} className="field-error">
                          {error}
                        </p>
                      )}
                    </div>
                    <div>
                      <label htmlFor={`${base}-fonction`} className="field-label">
                        Fonction<span className="font-normal text-muted"> (facultatif)</span>
                      </label>
                      <input id={`${base}-fonction`} name="speakerFunction" className="field-input" value={speaker.function} onChange={(e) => update(speaker.key, "function", e.target.value)} />
                    </div>
                    <div>
                      <label htmlFor={`${base}-structure`} className="field-label">
                        Structure<span className="font-normal text-muted"> (facultatif)</span>
                      </label>
                      <input
                        id={`${base}-structure`}
                        name="speakerOrganisation"
                        className="field-input"
                        value={speaker.organisationName}
                        onChange={(e) => update(speaker.key, "organisationName", e.target.value)}
                      />
                    </div>
                  </div>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button id={`${base}-monter`} type="button" className="btn btn-secondary" disabled={index === 0} onClick={() => moveSpeaker(index, -1, "monter")}>
                      Monter<span className="sr-only">{` ${name}`}</span>
                    </button>
                    <button
                      id={`${base}-descendre`}
                      type="button"
                      className="btn btn-secondary"
                      disabled={index === speakers.length - 1}
                      onClick={() => moveSpeaker(index, 1, "descendre")}
                    >
                      Descendre<span className="sr-only">{` ${name}`}</span>
                    </button>
                    <button
                      type="button"
                      className="btn btn-danger"
                      onClick={() => {
                        setSpeakers(speakers.filter((s) => s.key !== speaker.key));
                        focusTarget.current = `${idPrefix}-ajouter-intervenant`;
                        announce.status(`${name} retiré de la séquence (effectif à l'enregistrement).`);
                      }}
                    >
                      Retirer<span className="sr-only">{` ${name}`}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          id={`${idPrefix}-ajouter-intervenant`}
          type="button"
          className="btn btn-secondary mt-3"
          onClick={() => {
            const added = row({ name: "", function: "", organisationName: "" });
            setSpeakers([...speakers, added]);
            focusTarget.current = `${idPrefix}-intervenant-${added.key}-nom`;
          }}
        >
          Ajouter un intervenant
        </button>
      </fieldset>
    </>
  );
}
