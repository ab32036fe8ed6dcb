/**
 * French typography for text shown to people: a no-break space (U+00A0) before the high punctuation marks
 * `: ; ! ?` and inside « », so a line never starts with a colon or a lone guillemet.
 * The source checker (scripts/check-typography.ts) and the page audit (e2e) flag the same mistakes.
 */
export const NO_BREAK_SPACE = "\u00a0";

/* After a word, a number or a closing sign, but not an HTML entity ("&amp;"); before a mark that ends a phrase
   (not "https://", "9:30", "?q="), including a line end written as an escape in source code ("\\n"). */
const AFTER_WORD = String.raw`(?<=[\p{L}\p{N})\]»”’%°])(?<!&#?[\p{L}\p{N}]+)`;
const HIGH_PUNCTUATION = String.raw`(?=[:;!?](?:\s|$|[»”)]|\\[nt]))`;

/** A plain space before high punctuation, or inside guillemets: what the checks flag. */
export const TYPOGRAPHY_MISTAKE = new RegExp(`${AFTER_WORD} ${HIGH_PUNCTUATION}|« | »`, "u");
const PLAIN_SPACES = new RegExp(`${AFTER_WORD} ${HIGH_PUNCTUATION}|(?<=«) | (?=»)`, "gu");
const MISSING_SPACES = new RegExp(`${AFTER_WORD}${HIGH_PUNCTUATION}|(?<=«)(?=\\S)|(?<=\\S)(?=»)`, "gu");

/** Turns the plain spaces a writer typed before `: ; ! ?` and inside « » into no-break spaces. */
export function fixPlainSpaces(text: string): string {
  return text.replace(PLAIN_SPACES, NO_BREAK_SPACE);
}

/** French spacing for text from elsewhere (imported pages, Markdown): plain spaces fixed, missing ones added. */
export function frenchSpacing(text: string): string {
  return fixPlainSpaces(text).replace(MISSING_SPACES, NO_BREAK_SPACE);
}
