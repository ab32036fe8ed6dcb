import { describe, it, expect } from "vitest";
import { renderReportBody } from "./markdown";

describe("renderReportBody", () => {
  it("renders Markdown structure", () => {
    const { html } = renderReportBody("## Matinée\n\nDu **gras** et de l'*italique*.\n\n- un\n- deux\n\n> citation");
    expect(html).toContain("<h2>Matinée</h2>");
    expect(html).toContain("<strong>gras</strong>");
    expect(html).toContain("<em>italique</em>");
    expect(html).toContain("<li>un</li>");
    expect(html).toContain("<blockquote>");
  });

  it("puts French no-break spaces in the text, never in link addresses", () => {
    const { html } = renderReportBody("Lieu\u0020: Noyon\u0020; voir «\u0020[le site](https://www.irev.fr/?a=1)\u0020»\u0020!");
    expect(html).toContain("Lieu\u00a0: Noyon\u00a0; voir «\u00a0");
    expect(html).toContain('href="https://www.irev.fr/?a=1"');
    expect(html).toContain("\u00a0»\u00a0!");
  });

  it("keeps the page's h1 unique by demoting body headings", () => {
    expect(renderReportBody("# Titre\n\n##### Détail").html.trim()).toBe("<h2>Titre</h2>\n<h4>Détail</h4>");
  });

  it("removes scripts, styles, iframes and event handlers", () => {
    const { html } = renderReportBody(
      'Texte <script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe>\n\n<img src="x" onerror="alert(1)"><p onclick="alert(1)">clic</p>',
    );
    expect(html).not.toMatch(/script|alert|style|iframe|onerror|onclick|<img/);
    expect(html).toContain("<p>clic</p>");
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const { html, links } = renderReportBody("[piège](javascript:alert(1)) et <a href=\"data:text/html,x\">autre</a>");
    expect(html).not.toMatch(/javascript|data:/);
    expect(html).toContain("piège");
    expect(html).toContain("autre");
    expect(links).toEqual([]);
  });

  it("numbers external links in order, once per URL", () => {
    const { html, links } = renderReportBody(
      "Voir [l'appel de Grigny](http://bleublanczebre.fr/appel) puis [les assises](https://www.assisesdelamobilite.gouv.fr/presentation?a=1&b=2), " +
        "et encore [Grigny](http://bleublanczebre.fr/appel).",
    );
    expect(links).toEqual([
      { n: 1, href: "http://bleublanczebre.fr/appel", text: "l'appel de Grigny" },
      { n: 2, href: "https://www.assisesdelamobilite.gouv.fr/presentation?a=1&b=2", text: "les assises" },
    ]);
    expect(html).toContain('<a href="http://bleublanczebre.fr/appel" rel="noopener noreferrer">l\'appel de Grigny</a><sup>[1]</sup>');
    expect(html).toContain("les assises</a><sup>[2]</sup>");
    expect(html).toContain("Grigny</a><sup>[1]</sup>.");
  });

  it("lists a link's text without its markup", () => {
    expect(renderReportBody("[**Plan** logement & co](https://www.example.org/plan)").links).toEqual([
      { n: 1, href: "https://www.example.org/plan", text: "Plan logement & co" },
    ]);
  });

  it("leaves internal and e-mail links unnumbered and without rel", () => {
    const { html, links } = renderReportBody("[Rencontres](/rencontres) ou [écrire](mailto:contact@example.org)");
    expect(links).toEqual([]);
    expect(html).toContain('<a href="/rencontres">Rencontres</a> ');
    expect(html).toContain('<a href="mailto:contact@example.org">écrire</a>');
  });
});
