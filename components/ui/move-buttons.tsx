"use client";

import { useEffect, useRef, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import type { ActionState } from "@/lib/actions";

type Direction = "up" | "down";

/** The form data of a move, for calling its action from a button rather than a form. */
export function formDataOf(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

/**
 * Reordering without drag (RGAA 7.1, 7.3, 12.8): "Monter « X »" / "Descendre « X »", disabled at the ends. After a
 * move, the page comes back in its new order, focus returns to the moved item's same button (the other one when it
 * reached an end) and the outcome ("« X » déplacée en position 3 sur 7") is read from the page's status region.
 */
export function MoveButtons({ name, index, total, move }: { name: string; index: number; total: number; move: (direction: Direction) => Promise<ActionState> }) {
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const refocus = useRef<Direction | null>(null);
  useEffect(() => {
    if (pending || !refocus.current) return;
    const [wanted, other] = refocus.current === "up" ? [up.current, down.current] : [down.current, up.current];
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    refocus.current = null;
  });
  const onMove = (direction: Direction) => {
    if (pending) return;
    startTransition(async () => {
      const outcome = await move(direction);
      if (outcome.error) {
        announce.alert(outcome.error);
        return;
      }
      refocus.current = direction;
      if (outcome.message) announce.status(outcome.message);
    });
  };
  return (
    <>
      <button ref={up} type="button" className="btn btn-secondary" disabled={index === 0} aria-busy={pending || undefined} onClick={() => onMove("up")}>
        Monter<span className="sr-only">{` « ${name} »`}</span>
      </button>
      <button ref={down} type="button" className="btn btn-secondary" disabled={index === total - 1} aria-busy={pending || undefined} onClick={() => onMove("down")}>
        Descendre<span className="sr-only">{` « ${name} »`}</span>
      </button>
    </>
  );
}
