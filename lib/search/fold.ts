/*
 * Ligatures that SQLite's unicode61 tokenizer keeps as letters of their own ("cœur" is not "coeur" to it). The search
 * index folds them in SQL (drizzle/0009_search_excerpts.sql, view `search_texts`, the same pairs in the same order) and
 * queries fold them here, so both sides meet.
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

/** The ligatures themselves, for a character class ("[œŒæ…]") in a regular expression or an SQL GLOB. */
export const LIGATURE_CHARACTERS = LIGATURES.map(([ligature]) => ligature).join("");

const LETTERS_OF = new Map(LIGATURES);
const ANY_LIGATURE = new RegExp(`[${LIGATURE_CHARACTERS}]`, "g");

/**
 * The index answers with folded text ("mise en oeuvre"): put back the text as written ("mise en œuvre") around the same
 * match marks. `marked` is a passage of foldLigatures(original) with its matches marked and, at either end, the "…"
 * that snippet() adds; a passage that cannot be found in the original comes back unchanged.
 */
export function unfoldMarked(marked: string, original: string, marks: readonly string[]): string {
  const ligatures = Array.from(original.matchAll(ANY_LIGATURE), (found) => found.index);
  if (ligatures.length === 0) return marked;
  const folded = foldLigatures(original);
  /* Where a place in the folded text comes from: each ligature before it adds one or two letters to the folded text. */
  const inOriginal = (place: number) => {
    let added = 0;
    for (const index of ligatures) {
      const width = LETTERS_OF.get(original[index]!)!.length;
      if (place < index + added + width) return Math.min(place - added, index);
      added += width - 1;
    }
    return place - added;
  };

  let plain = "";
  const placed: { at: number; mark: string }[] = [];
  for (const character of marked) {
    if (marks.includes(character)) placed.push({ at: plain.length, mark: character });
    else plain += character;
  }
  for (const [lead, trail] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
    if ((lead && !plain.startsWith("…")) || (trail && !plain.endsWith("…"))) continue;
    const end = plain.length - trail;
    const at = lead < end ? folded.indexOf(plain.slice(lead, end)) : -1;
    if (at === -1) continue;
    const written = (from: number, to: number) => original.slice(inOriginal(at + from - lead), inOriginal(at + to - lead));
    let result = lead ? "…" : "";
    let cursor: number = lead;
    for (const { at: position, mark } of placed) {
      const clamped = Math.min(Math.max(position, lead), end);
      result += written(cursor, clamped) + mark;
      cursor = clamped;
    }
    return result + written(cursor, end) + (trail ? "…" : "");
  }
  return marked;
}
