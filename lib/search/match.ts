import { foldLigatures } from "./fold";

/** The most words a query is searched by: a pasted page of text is searched by its first words, never refused. */
export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 60;

/** The word as searched: bounded, without the plural's s or x. */
function stem(word: string): string {
  const bounded = word.slice(0, MAX_TERM_LENGTH);
  return bounded.length > 3 && /[sx]$/iu.test(bounded) ? bounded.slice(0, -1) : bounded;
}

/**
 * The FTS5 MATCH expression for whatever a reader typed, or null when nothing in it can be searched. Only runs of
 * letters and digits are kept, each quoted and given a prefix `*` ("reseau" finds "réseaux", "evalu" finds
 * "évaluation"), a final s or x of a longer word dropped so a plural finds its singular too ("évaluations" finds
 * "évaluation"), all required: FTS operators (NEAR, AND, OR, NOT), quotes, `*`, `-`, `%`, parentheses and column
 * filters are never passed on. One-letter words ("l'", "d'") are left out unless nothing else is typed.
 */
export function matchExpression(input: string): string | null {
  const words = foldLigatures(input).match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.filter((word) => word.length > 1);
  const terms = [...new Set((meaningful.length > 0 ? meaningful : words).map(stem))].slice(0, MAX_TERMS);
  return terms.length === 0 ? null : terms.map((term) => `"${term}"*`).join(" ");
}
