/*
 * Meetings' descriptions and reports' bodies are Markdown: their excerpts are shown as prose, without the marks of
 * links, emphasis, headings, lists and quotes. The match marks (lib/search/highlight.ts) are private-use characters,
 * so they go through untouched, even inside a link's text.
 */
export function proseExcerpt(excerpt: string): string {
  return (
    excerpt
      /* [text](address) keeps its text; the end of a link whose start the excerpt cut off loses its address. */
      .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)?/g, "$1")
      .replace(/\]\([^)\s]*\)?/g, "")
      .replace(/\*\*/g, "")
      /* A single star against a word is emphasis; "2 * 3" keeps its star. */
      .replace(/(?<![\p{L}\p{N}])\*(?=\S)|(?<=\S)\*(?![\p{L}\p{N}])/gu, "")
      .replace(/(^|\n)[ \t]*(?:#{1,6}|[-+*]|\d+[.)]|>)[ \t]+/g, "$1")
      .replace(/\s*\n\s*/g, " ")
  );
}
