import { describe, expect, it } from "vitest";
import { renderMarkdown, renderReportBody } from "./markdown";

/*
 * Known XSS payloads, most from the OWASP XSS filter evasion cheat sheet, typed into a report body or a meeting's
 * description. Whatever survives of them must hold nothing a browser would run.
 */
const VECTORS: Record<string, string> = {
  "plain script": "<script>alert('XSS')</script>",
  "script with src": '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  "malformed script nesting": "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
  "image onerror": '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  "body onload": "<BODY ONLOAD=alert('XSS')>",
  "svg onload": "<svg/onload=alert('XSS')>",
  "event handler after slash": '<a href="https://ok.example"/onmouseover="alert(1)">lien</a>',
  "javascript link": "[clic](javascript:alert('XSS'))",
  "javascript link in capitals": "<a href=\"JaVaScRiPt:alert('XSS')\">clic</a>",
  "javascript link with entities": '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;">clic</a>',
  "javascript link with hex entities without semicolons": '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29">clic</a>',
  "javascript link with an embedded tab": '<a href="jav\tascript:alert(\'XSS\');">clic</a>',
  "javascript link with an encoded tab": '<a href="jav&#x09;ascript:alert(\'XSS\');">clic</a>',
  "javascript link with an encoded newline": '<a href="jav&#x0A;ascript:alert(\'XSS\');">clic</a>',
  "javascript link with leading spaces and meta characters": '<a href=" &#14;  javascript:alert(\'XSS\');">clic</a>',
  "markdown link with entity-encoded colon": "[clic](javascript&colon;alert(1))",
  "markdown reference link": "[clic][x]\n\n[x]: javascript:alert(1)",
  "markdown autolink": "<javascript:alert(1)>",
  "vbscript link": "<a href=\"vbscript:msgbox('XSS')\">clic</a>",
  "data link": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=">clic</a>',
  "markdown data link": "[clic](data:text/html,<script>alert(1)</script>)",
  "iframe": '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
  "object": '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  "embed": '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAwIiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlhTUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  "style element": "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
  "style attribute": '<p STYLE="background-image: url(javascript:alert(\'XSS\'))">texte</p>',
  "meta refresh": '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  "base href": '<BASE HREF="javascript:alert(\'XSS\');//">',
  "link stylesheet": '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  "form action": '<form action="javascript:alert(1)"><button>envoyer</button></form>',
  "math href": '<math><mtext><a xlink:href="javascript:alert(1)">clic</a></mtext></math>',
  "comment-hidden script": "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
  "table background": '<TABLE BACKGROUND="javascript:alert(\'XSS\')"><tr><td>x</td></tr></TABLE>',
  "attribute breaking quotes": '<a href="https://ok.example/" title="x" onclick="alert(1)">clic</a>',
  "template and noscript": '<template><script>alert(1)</script></template><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
};

const ALLOWED_HREF = /^(https?:\/\/|mailto:|\/|#)/;
const FORBIDDEN_ELEMENTS = /<\s*\/?\s*(script|iframe|object|embed|style|svg|math|img|form|button|input|base|meta|link|body|template|noscript|frame|frameset|applet)\b/i;

/* Text may quote a payload ("&lt;script&gt;" or the words "javascript:"): only elements and their attributes can run. */
function assertInert(html: string): void {
  expect(html).not.toMatch(FORBIDDEN_ELEMENTS);
  for (const [, attributes] of html.matchAll(/<[a-z0-9]+(\s[^>]*)?>/gi)) {
    for (const [, name, value] of (attributes ?? "").matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
      /* No event handler, style, src or any attribute beyond href and rel, on any element. */
      expect(["href", "rel"]).toContain(name!.toLowerCase());
      if (name === "href") expect(value).toMatch(ALLOWED_HREF);
    }
  }
}

describe("Markdown sanitizer against known XSS payloads", () => {
  it.each(Object.entries(VECTORS))("leaves nothing executable: %s", (_name, payload) => {
    for (const source of [payload, `Texte avant.\n\n${payload}\n\nTexte après.`]) {
      assertInert(renderMarkdown(source));
      const { html, links } = renderReportBody(source);
      assertInert(html);
      for (const link of links) expect(link.href).toMatch(/^https?:\/\//);
    }
  });

  it("keeps the text of a dropped link and the harmless markup around it", () => {
    const html = renderMarkdown("Avant [clic](javascript:alert(1)) **après**");
    expect(html).toContain("clic");
    expect(html).toContain("<strong>après</strong>");
  });

  it("gives every external link rel=\"noopener noreferrer\", whatever rel or target the author wrote", () => {
    const html = renderMarkdown('[a](https://a.example) <a href="http://b.example" rel="opener" target="_blank">b</a> [c](/rencontres)');
    expect(html).toContain('<a href="https://a.example" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="http://b.example" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="/rencontres">c</a>');
    expect(html).not.toContain("target");
    expect(html).not.toContain("opener\"");
  });

  it("refuses protocol-relative links, which would leave the site", () => {
    expect(renderMarkdown("[x](//xss.example/a)")).not.toContain("href");
  });
});
