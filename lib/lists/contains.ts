import { foldForSearch } from "@/lib/people/names";

/** What a `fold_search(column) LIKE … ESCAPE '\'` pattern must match literally: the typed text folded, its wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
