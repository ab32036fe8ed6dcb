/*
 * The Markdown editor's toolbar: each button wraps or prefixes the selection with the Markdown of its function, and
 * says what to select afterwards so the author can type on. Pure: the editor applies the result to its textarea.
 */

export const MARKDOWN_TOOLS = ["bold", "italic", "heading", "link", "bullets", "numbers", "quote"] as const;
export type MarkdownTool = (typeof MARKDOWN_TOOLS)[number];

/** The buttons' names: what they do, not how they look. */
export const MARKDOWN_TOOL_LABELS: Record<MarkdownTool, string> = {
  bold: "Gras",
  italic: "Italique",
  heading: "Intertitre",
  link: "Lien",
  bullets: "Liste à puces",
  numbers: "Liste numérotée",
  quote: "Citation",
};

export type TextSelection = { text: string; start: number; end: number };

const PLACEHOLDERS: Record<MarkdownTool, string> = {
  bold: "texte en gras",
  italic: "texte en italique",
  heading: "Intertitre",
  link: "texte du lien",
  bullets: "élément",
  numbers: "élément",
  quote: "citation",
};

function wrap(current: TextSelection, before: string, after: string, placeholder: string): TextSelection {
  const selected = current.text.slice(current.start, current.end) || placeholder;
  const text = current.text.slice(0, current.start) + before + selected + after + current.text.slice(current.end);
  const start = current.start + before.length;
  return { text, start, end: start + selected.length };
}

/** Prefixes every line the selection touches (the whole line, wherever the selection starts in it). */
function prefixLines(current: TextSelection, prefix: (index: number) => string, placeholder: string): TextSelection {
  const lineStart = current.text.lastIndexOf("\n", current.start - 1) + 1;
  /* A selection ending just after a line break stops at the line before it. */
  const end = current.end > current.start && current.text[current.end - 1] === "\n" ? current.end - 1 : current.end;
  const nextBreak = current.text.indexOf("\n", end);
  const lineEnd = nextBreak === -1 ? current.text.length : nextBreak;
  const lines = (current.text.slice(lineStart, lineEnd) || placeholder).split("\n");
  const block = lines.map((line, index) => prefix(index) + line).join("\n");
  /* A block needs a blank line before it, unless it starts the text. */
  const before = current.text.slice(0, lineStart);
  const separator = before === "" || before.endsWith("\n\n") ? "" : "\n";
  const text = before + separator + block + current.text.slice(lineEnd);
  const start = before.length + separator.length;
  return { text, start, end: start + block.length };
}

/** The text and selection after applying `tool` to `current`. */
export function applyMarkdownTool(current: TextSelection, tool: MarkdownTool): TextSelection {
  switch (tool) {
    case "bold":
      return wrap(current, "**", "**", PLACEHOLDERS.bold);
    case "italic":
      return wrap(current, "*", "*", PLACEHOLDERS.italic);
    case "link": {
      const linked = wrap(current, "[", "](https://)", PLACEHOLDERS.link);
      /* The address is what remains to type: select it. */
      const start = linked.end + 2;
      return { text: linked.text, start, end: start + "https://".length };
    }
    case "heading":
      return prefixLines(current, () => "## ", PLACEHOLDERS.heading);
    case "bullets":
      return prefixLines(current, () => "- ", PLACEHOLDERS.bullets);
    case "numbers":
      return prefixLines(current, (index) => `${index + 1}. `, PLACEHOLDERS.numbers);
    case "quote":
      return prefixLines(current, () => "> ", PLACEHOLDERS.quote);
  }
}
