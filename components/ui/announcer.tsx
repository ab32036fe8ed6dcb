"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

type Announce = { status: (message: string) => void; alert: (message: string) => void };

const AnnouncerContext = createContext<Announce>({ status: () => {}, alert: () => {} });

/**
 * The page's two permanent live regions (RGAA 7.5): a region created together with its text is often not read, so
 * these exist from the first render and only their text changes. `status` for results ("« Ouverture » déplacée en
 * position 3 sur 7", live counts after the user's own action), `alert` for errors.
 */
export function AnnouncerProvider({ children }: { children: React.ReactNode }) {
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState("");
  const turn = useRef(0);
  /* The same message twice in a row must be read twice: clear, then write on the next frame. */
  const write = useCallback((set: (text: string) => void, message: string) => {
    const mine = ++turn.current;
    set("");
    requestAnimationFrame(() => {
      if (mine === turn.current) set(message);
    });
  }, []);
  const announce = useMemo<Announce>(
    () => ({ status: (message) => write(setStatus, message), alert: (message) => write(setAlert, message) }),
    [write],
  );
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" className="sr-only">
        {status}
      </div>
      <div role="alert" className="sr-only">
        {alert}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Announces a message in the page's live regions, from any client component. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
