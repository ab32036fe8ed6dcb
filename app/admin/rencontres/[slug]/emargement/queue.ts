import { CHECK_IN_REQUEST_HEADER } from "@/lib/attendance/check-in-search";

/*
 * The check-in page's queue of marks, kept in localStorage so that a mark made while the venue's Wi-Fi is down
 * survives a reload. It holds only what a mark is (registration id, half-day, present, when, and its idempotency
 * key), never names or answers. Each mark is sent until the server has answered it; the key makes a mark sent twice
 * (an answer lost on the way back, two tabs) count once.
 */

export type PendingMark = { idempotencyKey: string; registrationId: string; halfDay: string; present: boolean; markedAt: string };

export const CHECK_IN_HEADERS = { [CHECK_IN_REQUEST_HEADER.name]: CHECK_IN_REQUEST_HEADER.value };

const storageKey = (slug: string) => `irev-emargement:${slug}`;

const CHANGE_EVENT = "irev-emargement";

/** The queue as stored: a string, so that React can compare snapshots (useSyncExternalStore). */
export function storedQueue(slug: string): string {
  return localStorage.getItem(storageKey(slug)) ?? "[]";
}

/** Calls `onChange` whenever the queue changes, in this tab or another. */
export function subscribeToQueue(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function parseQueue(stored: string): PendingMark[] {
  try {
    const marks: unknown = JSON.parse(stored);
    return Array.isArray(marks) ? (marks as PendingMark[]) : [];
  } catch {
    return [];
  }
}

function queuedMarks(slug: string): PendingMark[] {
  return parseQueue(storedQueue(slug));
}

function save(slug: string, marks: PendingMark[]): void {
  if (marks.length === 0) localStorage.removeItem(storageKey(slug));
  else localStorage.setItem(storageKey(slug), JSON.stringify(marks));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function queueMark(slug: string, mark: PendingMark): void {
  save(slug, [...queuedMarks(slug), mark]);
}

function remove(slug: string, idempotencyKey: string): void {
  save(slug, queuedMarks(slug).filter((mark) => mark.idempotencyKey !== idempotencyKey));
}

const sending = new Set<string>();

/**
 * Sends the queued marks in the order they were made, one at a time, and stops at the first that cannot be sent
 * (no connection, session expired, server error): the rest waits for the next try. A mark the server refuses
 * (the registration cancelled meanwhile…) leaves the queue; its message is returned to be announced. `onSent` is
 * told of each mark the server recorded, before it leaves the queue.
 */
export async function sendQueuedMarks(slug: string, onSent: (mark: PendingMark) => void): Promise<string[]> {
  if (sending.has(slug)) return [];
  sending.add(slug);
  const refusals: string[] = [];
  try {
    for (let next = queuedMarks(slug)[0]; next; next = queuedMarks(slug)[0]) {
      let response: Response;
      try {
        response = await fetch(`/admin/rencontres/${slug}/emargement/marquages`, {
          method: "POST",
          headers: { ...CHECK_IN_HEADERS, "Content-Type": "application/json" },
          body: JSON.stringify(next),
        });
      } catch {
        break;
      }
      if (response.status === 401 || response.status >= 500) break;
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        refusals.push(body?.error?.message ?? "Un marquage a été refusé.");
      } else {
        onSent(next);
      }
      remove(slug, next.idempotencyKey);
    }
  } finally {
    sending.delete(slug);
  }
  return refusals;
}
