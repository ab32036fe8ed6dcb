import { z } from "zod";

/*
 * The search parameters of back-office lists, typed once and shared by each list's page, filter form and query.
 * Unknown or malformed values are dropped rather than refused: a stale or hand-edited link still shows the list.
 */

export const pageParam = z.coerce.number().int().min(1).max(10_000).optional().catch(undefined);

export const directionParam = z.enum(["asc", "desc"]).optional().catch(undefined);
export type SortDirection = "asc" | "desc";

/** Free text of a search box: trimmed, bounded, and dropped when empty. */
export const textParam = z
  .string()
  .trim()
  .max(200)
  .transform((value) => value || undefined)
  .optional()
  .catch(undefined);

/** One of a whitelist (statuses, kinds, sortable columns…), or nothing. */
export function choiceParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

/** `YYYY-MM-DD` of a date filter, or nothing. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The first value of each parameter (`?a=1&a=2` reads as `a=1`). */
export function singleValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/**
 * The address of a list for these parameters. Any change other than the page itself goes back to the first page,
 * so a narrower filter never lands on an empty page 7.
 */
export function listHref<S extends Record<string, string | number | undefined>>(base: string, search: S, change: Partial<S> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...search, page: undefined, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") params.set(key, String(value));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
