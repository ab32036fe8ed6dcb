/*
 * Ligatures that SQLite's unicode61 tokenizer keeps as letters of their own ("cœur" is not "coeur" to it). The search
 * index folds them in SQL (drizzle/0008_search.sql, view `search_texts`, the same pairs in the same order) and queries
 * fold them here, so both sides meet.
 */
export const LIGATURES: ReadonlyArray<readonly [string, string]> = [
  ["œ", "oe"],
  ["Œ", "OE"],
  ["æ", "ae"],
  ["Æ", "AE"],
  ["ﬀ", "ff"],
  ["ﬁ", "fi"],
  ["ﬂ", "fl"],
  ["ﬃ", "ffi"],
  ["ﬄ", "ffl"],
  ["ﬅ", "st"],
  ["ﬆ", "st"],
];

export function foldLigatures(text: string): string {
  return LIGATURES.reduce((folded, [ligature, letters]) => folded.replaceAll(ligature, letters), text);
}
