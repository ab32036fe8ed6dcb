/*
 * A public list's filters as one path segment, for the cached pages visitors are served (lib/cache/public-view.ts):
 * keys in a fixed order, so each filter state has one cached page and no other.
 */
const NO_FILTER = "tout";

type Search = Record<string, string | number | undefined>;

export function searchSegment<S extends Search>(search: S, keys: readonly (keyof S & string)[]): string {
  const parts = keys.flatMap((key) => (search[key] === undefined ? [] : [`${key}.${search[key]}`]));
  return parts.length === 0 ? NO_FILTER : parts.join("~");
}

/** The filters of a segment made by searchSegment; null for anything searchSegment would not have made. */
export function parseSearchSegment<S extends Search>(
  segment: string,
  parse: (raw: Record<string, string>) => S,
  keys: readonly (keyof S & string)[],
): S | null {
  const raw =
    segment === NO_FILTER
      ? {}
      : Object.fromEntries(segment.split("~").map((part) => [part.slice(0, part.indexOf(".")), part.slice(part.indexOf(".") + 1)]));
  const search = parse(raw);
  return searchSegment(search, keys) === segment ? search : null;
}
