/*
 * snippet() wraps each match in these private-use characters; pages split on them and render the matches as <mark>,
 * so no text of the content is ever read as HTML.
 */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export type HighlightPart = { text: string; match: boolean };

export function splitHighlights(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [index, piece] of text.split(new RegExp(`[${MATCH_START}${MATCH_END}]`, "u")).entries()) {
    if (piece !== "") parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}

