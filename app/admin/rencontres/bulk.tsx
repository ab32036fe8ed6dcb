"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { plural } from "@/lib/format";
import { publicationAction } from "./actions";

export const PUBLICATION_FORM_ID = "publication-rencontres";

const SELECTED = `input[form="${PUBLICATION_FORM_ID}"][name="ids"]`;

function selectedTitles(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`${SELECTED}:checked`)].map((box) => box.dataset.title ?? "");
}

/**
 * The bulk publication form: its outcome (announced, and focused after each submission), and the bar of actions,
 * shown once rows are checked. The row checkboxes live in the table and join this form by their form attribute.
 */
export function PublicationBar() {
  const [state, action] = useActionState(publicationAction, {} as ActionState);
  const [titles, setTitles] = useState<string[]>([]);
  useEffect(() => {
    const update = () => setTitles(selectedTitles());
    update();
    document.addEventListener("change", update);
    return () => document.removeEventListener("change", update);
  }, []);
  /* After a change, the list is rendered again with the rows unchecked: the bar follows. */
  useEffect(() => {
    if (state.ok) {
      for (const box of document.querySelectorAll<HTMLInputElement>(SELECTED)) box.checked = false;
      document.dispatchEvent(new Event("change"));
    }
  }, [state]);
  const n = titles.length;
  const list = (
    <ul className="list-disc pl-5">
      {titles.map((title, i) => (
        <li key={i}>{title}</li>
      ))}
    </ul>
  );
  return (
    <form id={PUBLICATION_FORM_ID} action={action} className="mb-4" aria-label="Actions sur les rencontres sélectionnées">
      <FormMessage state={state} idPrefix="publication" />
      {n === 0 ? (
        <p className="text-muted">Cochez des rencontres pour les publier ou les dépublier ensemble.</p>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded border border-line bg-white p-3">
          <p className="font-semibold">{plural(n, "rencontre sélectionnée", "rencontres sélectionnées")}</p>
          <ConfirmButton
            formId={PUBLICATION_FORM_ID}
            name="operation"
            value="publier"
            variant="primary"
            label="Publier la sélection"
            title={`Publier ${plural(n, "rencontre", "rencontres")}\u00a0?`}
            description={
              <>
                <p className="mb-2">Elles deviendront visibles sur le site ; leur adresse ne changera plus.</p>
                {list}
              </>
            }
            confirmLabel="Publier"
          />
          <ConfirmButton
            formId={PUBLICATION_FORM_ID}
            name="operation"
            value="depublier"
            variant="secondary"
            label="Dépublier la sélection"
            title={`Dépublier ${plural(n, "rencontre", "rencontres")}\u00a0?`}
            description={
              <>
                <p className="mb-2">Elles redeviendront des brouillons, visibles de l&apos;équipe seule. Celles qui ont des inscriptions en cours restent publiées.</p>
                {list}
              </>
            }
            confirmLabel="Dépublier"
          />
        </div>
      )}
    </form>
  );
}

/** Checks or unchecks every row of the page; half-checked when only some are. */
export function SelectAllMeetings() {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const update = () => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>(SELECTED)];
      const checked = boxes.filter((b) => b.checked).length;
      if (!box.current) return;
      box.current.checked = boxes.length > 0 && checked === boxes.length;
      box.current.indeterminate = checked > 0 && checked < boxes.length;
    };
    update();
    document.addEventListener("change", update);
    return () => document.removeEventListener("change", update);
  }, []);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label="Tout sélectionner"
      className="size-4"
      onChange={(event) => {
        for (const row of document.querySelectorAll<HTMLInputElement>(SELECTED)) row.checked = event.currentTarget.checked;
        document.dispatchEvent(new Event("change"));
      }}
    />
  );
}
