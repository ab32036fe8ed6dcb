"use client";

import { useActionState, useEffect, useRef } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import type { ActionState } from "@/lib/actions";
import type { FavouriteKind } from "@/lib/favourites/rules";
import { favouriteAction } from "@/app/mon-espace/favoris/actions";

type Props = {
  kind: FavouriteKind;
  id: string;
  title: string;
  /** Whether it is among the reader's favourites, read for this request. */
  favourite: boolean;
};

/**
 * "Ajouter aux favoris" / "Retirer des favoris": a plain form, so it works without JavaScript (the page comes back
 * with the new state). With JavaScript, focus stays on the button, whose label changes, and the outcome is read from
 * the page's status region; nothing else on the page moves (a favourite removed from my favourites stays listed,
 * ready to be added back, until the page is loaded again).
 */
export function FavouriteButton({ kind, id, title, favourite }: Props) {
  const [state, action, pending] = useActionState<ActionState<{ favourite: boolean }>, FormData>(favouriteAction, {});
  const announce = useAnnounce();
  const announced = useRef<ActionState | null>(null);
  useEffect(() => {
    if (announced.current === state || (!state.message && !state.error)) return;
    announced.current = state;
    if (state.error) announce.alert(state.error);
    else if (state.message) announce.status(state.message);
  }, [state, announce]);
  const current = state.result?.favourite ?? favourite;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="title" value={title} />
      <input type="hidden" name="intent" value={current ? "retirer" : "ajouter"} />
      <button type="submit" className="btn btn-secondary" aria-busy={pending || undefined}>
        <span aria-hidden="true">{current ? "★ " : "☆ "}</span>
        {current ? "Retirer des favoris" : "Ajouter aux favoris"}
        <span className="sr-only">{` : « ${title} »`}</span>
      </button>
      {state.error && (
        <p className="mt-1 text-sm text-danger">
          {state.error}
        </p>
      )}
    </form>
  );
}
