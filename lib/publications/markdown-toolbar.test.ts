import { describe, expect, it } from "vitest";
import { applyMarkdownTool, type TextSelection } from "./markdown-toolbar";

/** "a[b]c": the brackets mark the selection. */
function parse(marked: string): TextSelection {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return { text: marked.replace("[", "").replace("]", ""), start, end };
}

function show({ text, start, end }: TextSelection): string {
  return `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
}

describe("applyMarkdownTool", () => {
  it("wraps the selection in bold or italic, or a placeholder to type over", () => {
    expect(show(applyMarkdownTool(parse("Un [mot] ici"), "bold"))).toBe("Un **[mot]** ici");
    expect(show(applyMarkdownTool(parse("Un [mot] ici"), "italic"))).toBe("Un *[mot]* ici");
    expect(show(applyMarkdownTool(parse("Un []"), "bold"))).toBe("Un **[texte en gras]**");
  });

  it("makes a link of the selection and selects the address to type", () => {
    /* The markers of the selection are brackets too: the address is what is selected. */
    expect(show(applyMarkdownTool(parse("Voir [Légifrance]."), "link"))).toBe("Voir [Légifrance]([https://]).");
  });

  it("prefixes each line of the selection, after a blank line", () => {
    expect(show(applyMarkdownTool(parse("Intro\n[un\ndeux]"), "bullets"))).toBe("Intro\n\n[- un\n- deux]");
    expect(show(applyMarkdownTool(parse("[un\ndeux]"), "numbers"))).toBe("[1. un\n2. deux]");
    expect(show(applyMarkdownTool(parse("Ti[]tre"), "heading"))).toBe("[## Titre]");
    expect(show(applyMarkdownTool(parse("Texte\n\n[Il a dit]\nSuite"), "quote"))).toBe("Texte\n\n[> Il a dit]\nSuite");
  });
});
