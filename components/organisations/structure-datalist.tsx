"use client";

import { useEffect, useState } from "react";
import { OTHER_STRUCTURE, STRUCTURES_LIST_ID } from "@/lib/organisations/labels";

/**
 * The suggestions of the structure fields: every organisation and catalogue entry, and "Autre structure" unless
 * staff attach an account. Loaded after the page (app/api/structures): typing works at once, suggestions follow.
 */
export function StructureDatalist({ withOther = true }: { withOther?: boolean }) {
  const [labels, setLabels] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    fetch("/api/structures")
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .then((loaded) => live && setLabels(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <datalist id={STRUCTURES_LIST_ID}>
      {(withOther ? labels : labels.filter((label) => label !== OTHER_STRUCTURE)).map((label) => (
        <option key={label} value={label} />
      ))}
    </datalist>
  );
}
