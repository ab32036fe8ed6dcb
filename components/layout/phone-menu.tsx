"use client";

import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

/*
 * The phone header's "Menu": a native <details>, so it opens without scripts. The layout survives client-side
 * navigations, so a followed link closes it (else it would stay open over the next page); Escape closes it too and
 * gives the focus back to its button.
 */
export function PhoneMenu({ className, children }: { className: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);

  function close(focusButton: boolean) {
    if (!menu.current?.open) return;
    menu.current.open = false;
    if (focusButton) menu.current.querySelector("summary")?.focus();
  }

  return (
    <details
      ref={menu}
      className={className}
      onClick={(event: MouseEvent) => {
        if ((event.target as Element).closest("a")) close(false);
      }}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === "Escape") close(true);
      }}
    >
      <summary className="btn btn-secondary absolute top-3 right-4">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        Menu
      </summary>
      {children}
    </details>
  );
}
