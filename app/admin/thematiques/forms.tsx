"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { MergeForm } from "@/components/ui/merge-form";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { useAnnounce } from "@/components/ui/announcer";
import type { ActionState } from "@/lib/actions";
import { createThemeAction, deleteThemeAction, mergeThemeAction, moveThemeAction, updateThemeAction } from "./actions";

/** A theme as the page lists it, with the account of what uses it already written. */
export type ListedTheme = { id: string; name: string; slug: string; description: string | null; uses: string; inUse: boolean };

type Dispatch = (formData: FormData) => void;

export function CreateThemeForm() {
  const [state, action] = useActionState(createThemeAction, {} as ActionState);
  return (
    <form action={action} className="card max-w-2xl">
      <FormMessage state={state} idPrefix="nouvelle" />
      {/* After a creation the fields start empty again, ready for the next one. */}
      <Field name="name" label="Nom" idPrefix="nouvelle" required state={state.ok ? {} : state} hint="L'adresse publique en est tirée une fois pour toutes : /thematiques/nom-sans-accents." />
      <Field name="description" label="Description" idPrefix="nouvelle" multiline state={state.ok ? {} : state} />
      <SubmitButton>Créer la thématique</SubmitButton>
    </form>
  );
}

/**
 * The themes in their public order. Merging or deleting removes the item the form was in, so their outcome is kept
 * here, above the list: focus moves to it and it is announced.
 */
export function ThemeList({ themes }: { themes: ListedTheme[] }) {
  const [mergeState, merge] = useActionState(mergeThemeAction, {} as ActionState);
  const [deleteState, remove] = useActionState(deleteThemeAction, {} as ActionState);
  const [latest, setLatest] = useState<"merge" | "delete">("merge");
  return (
    <>
      <FormMessage state={latest === "merge" ? mergeState : deleteState} idPrefix="liste" />
      {themes.length === 0 ? (
        <p>Aucune thématique.</p>
      ) : (
        <ol className="grid gap-4">
          {themes.map((theme, index) => (
            <ThemeItem
              key={theme.id}
              theme={theme}
              others={themes.filter((other) => other.id !== theme.id)}
              first={index === 0}
              last={index === themes.length - 1}
              merge={(formData) => {
                setLatest("merge");
                merge(formData);
              }}
              remove={(formData) => {
                setLatest("delete");
                remove(formData);
              }}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function ThemeItem({ theme, others, first, last, merge, remove }: { theme: ListedTheme; others: ListedTheme[]; first: boolean; last: boolean; merge: Dispatch; remove: Dispatch }) {
  return (
    <li className="card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-xl font-bold">{theme.name}</h3>
          <p className="text-sm text-muted">Adresse&nbsp;: /thematiques/{theme.slug}</p>
          {theme.description && <p className="mt-1">{theme.description}</p>}
          <p className="mt-1 font-semibold">{theme.uses}</p>
        </div>
        <MoveButtons theme={theme} first={first} last={last} />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">Modifier «&nbsp;{theme.name}&nbsp;»</summary>
        <EditForm theme={theme} />
      </details>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">Fusionner ou supprimer «&nbsp;{theme.name}&nbsp;»</summary>
        <div className="mt-3 grid gap-4">
          <MergeThemeForm theme={theme} others={others} merge={merge} />
          <DeleteForm theme={theme} remove={remove} />
        </div>
      </details>
    </li>
  );
}

/** "Monter" and "Descendre" (RGAA 7.1, 12.8): after a move, focus stays on the moved item's button and the new place is announced. */
function MoveButtons({ theme, first, last }: { theme: ListedTheme; first: boolean; last: boolean }) {
  const [state, action] = useActionState(moveThemeAction, {} as ActionState);
  const announce = useAnnounce();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.error) announce.alert(state.error);
    if (!state.ok || !state.message) return;
    announce.status(state.message);
    const moved = state.values?.direction === "up" ? up.current : down.current;
    /* At an end, the button used is now disabled: the other one takes the focus. */
    (moved && !moved.disabled ? moved : state.values?.direction === "up" ? down.current : up.current)?.focus();
  }, [state, announce]);
  return (
    <form action={action} className="flex gap-2">
      <input type="hidden" name="themeId" value={theme.id} />
      <button ref={up} type="submit" name="direction" value="up" className="btn btn-secondary" disabled={first}>
        Monter<span className="sr-only"> «&nbsp;{theme.name}&nbsp;»</span>
      </button>
      <button ref={down} type="submit" name="direction" value="down" className="btn btn-secondary" disabled={last}>
        Descendre<span className="sr-only"> «&nbsp;{theme.name}&nbsp;»</span>
      </button>
    </form>
  );
}

function EditForm({ theme }: { theme: ListedTheme }) {
  const [state, action] = useActionState(updateThemeAction, {} as ActionState);
  const idPrefix = `modifier-${theme.id}`;
  return (
    <form action={action} className="mt-3 max-w-2xl">
      <FormMessage state={state} idPrefix={idPrefix} />
      <input type="hidden" name="themeId" value={theme.id} />
      <Field name="name" label="Nom" idPrefix={idPrefix} required defaultValue={theme.name} state={state} hint={`L'adresse /thematiques/${theme.slug} ne change pas.`} />
      <Field name="description" label="Description" idPrefix={idPrefix} multiline defaultValue={theme.description ?? ""} state={state} />
      <SubmitButton>
        Enregistrer<span className="sr-only"> «&nbsp;{theme.name}&nbsp;»</span>
      </SubmitButton>
    </form>
  );
}

function MergeThemeForm({ theme, others, merge }: { theme: ListedTheme; others: ListedTheme[]; merge: Dispatch }) {
  if (others.length === 0) return null;
  return (
    <MergeForm
      formId={`fusion-${theme.id}`}
      action={merge}
      hidden={{ themeId: theme.id }}
      subject={theme.name}
      choiceLabel={`Thématique qui remplacera « ${theme.name} »`}
      choices={others}
      buttonLabel={<>Fusionner<span className="sr-only"> «&nbsp;{theme.name}&nbsp;»</span></>}
      consequence={(kept) => (
        <p>
          {theme.uses}. Tout ce qui la porte portera «&nbsp;{kept}&nbsp;», puis «&nbsp;{theme.name}&nbsp;» sera supprimée et son adresse /thematiques/{theme.slug} ne
          répondra plus.
        </p>
      )}
    />
  );
}

function DeleteForm({ theme, remove }: { theme: ListedTheme; remove: Dispatch }) {
  const formId = `suppression-${theme.id}`;
  if (theme.inUse) {
    return <p>Suppression impossible tant qu&apos;elle est utilisée&nbsp;: fusionnez-la avec une autre thématique.</p>;
  }
  return (
    <form id={formId} action={remove}>
      <input type="hidden" name="themeId" value={theme.id} />
      <ConfirmButton
        formId={formId}
        label={<>Supprimer<span className="sr-only"> «&nbsp;{theme.name}&nbsp;»</span></>}
        title={`Supprimer la thématique « ${theme.name} » ? Cette action est définitive.`}
        description={<p>Aucun contenu ne l&apos;utilise.</p>}
        confirmLabel="Supprimer"
      />
    </form>
  );
}
