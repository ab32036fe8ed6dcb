import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { frenchSpacing } from "@/lib/typography";

/** An external link of a report body, numbered as printed in its "Liens" section. */
export type NumberedLink = { n: number; href: string; text: string };

const markdown = new Marked({ gfm: true });

const EXTERNAL_PROTOCOLS = new Set(["http:", "https:"]);

function isExternal(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "a", "blockquote",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  /* Authors type "Lieu : Noyon" with a plain space; the page must not break a line before the colon. */
  textFilter: (text) => frenchSpacing(text),
  transformTags: {
    // The page title is the only h1; deeper levels are kept as h4 rather than flattened into text.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    // Rebuilt from scratch so that only href survives from the author's markup, always first (see ANCHOR).
    a: (_tagName, { href }) => {
      const attribs: sanitizeHtml.Attributes = {};
      if (href) attribs.href = href;
      if (isExternal(href)) attribs.rel = "noopener noreferrer";
      return { tagName: "a", attribs };
    },
  },
};

/* sanitize-html re-serialises every element it keeps, so its anchors always read <a href="…"…>…</a>, with only & < > " escaped. */
const ANCHOR = /<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;

function decodeEscapes(html: string): string {
  return html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

function plainText(html: string): string {
  return decodeEscapes(html.replace(/<[^>]*>/g, "")).trim();
}

/** Markdown as safe HTML (a meeting's description): only the tags and link schemes above survive. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.parse(source, { async: false }), SANITIZE_OPTIONS);
}

/**
 * A report body as safe HTML, each external link followed by its reference number ("[1]"),
 * and the list of those links for the "Liens" section. A URL cited twice keeps its first number.
 */
export function renderReportBody(source: string): { html: string; links: NumberedLink[] } {
  const safeHtml = renderMarkdown(source);
  const links: NumberedLink[] = [];
  const numbers = new Map<string, number>();
  const html = safeHtml.replace(ANCHOR, (anchor: string, escapedHref: string, inner: string) => {
    const href = decodeEscapes(escapedHref);
    if (!isExternal(href)) return anchor;
    let n = numbers.get(href);
    if (n === undefined) {
      n = links.length + 1;
      numbers.set(href, n);
      links.push({ n, href, text: plainText(inner) });
    }
    return `${anchor}<sup>[${n}]</sup>`;
  });
  return { html, links };
}
