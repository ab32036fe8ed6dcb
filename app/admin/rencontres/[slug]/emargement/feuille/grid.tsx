"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { plural } from "@/lib/format";
import { sheetAction } from "./actions";

type Row = { registrationId: string; name: string; organisation: string | null; attendance: Record<string, boolean> };

/** Registrants × half-days, a labelled box in each cell, saved at once in one transaction. */
export function SheetGrid({ meetingId, slug, halfDays, rows }: { meetingId: string; slug: string; halfDays: { key: string; label: string }[]; rows: Row[] }) {
  const [state, action] = useActionState(sheetAction, {} as ActionState);
  return (
    <form action={action}>
      <FormMessage state={state} idPrefix="feuille" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      {halfDays.map((half) => (
        <input key={half.key} type="hidden" name="demiJournees" value={half.key} />
      ))}
      <div className="mb-4 overflow-x-auto" role="region" aria-labelledby="legende-feuille" tabIndex={0}>
        <table className="w-full border-collapse">
          <caption id="legende-feuille" className="mb-2 text-left font-semibold">
            {`Présences par demi-journée – ${plural(rows.length, "inscrit confirmé", "inscrits confirmés")}, par nom de famille`}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line p-2 text-left">
                Inscrit
              </th>
              {halfDays.map((half) => (
                <th key={half.key} scope="col" className="border-b border-line p-2 text-left">
                  {half.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.registrationId}>
                <th scope="row" className="border-b border-line p-2 text-left font-normal">
                  <input type="hidden" name="inscrits" value={row.registrationId} />
                  <span className="font-semibold">{row.name}</span>
                  {row.organisation && <span className="block text-sm text-muted">{row.organisation}</span>}
                </th>
                {halfDays.map((half) => {
                  const boxId = `presence-${row.registrationId}-${half.key.replace(":", "-")}`;
                  return (
                    <td key={half.key} className="border-b border-line p-2">
                      <input id={boxId} type="checkbox" name="presence" value={`${row.registrationId}|${half.key}`} defaultChecked={Boolean(row.attendance[half.key])} className="size-6" />
                      <label htmlFor={boxId} className="sr-only">{`${row.name} présent(e), ${half.label}`}</label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitButton>Enregistrer les présences</SubmitButton>
    </form>
  );
}
