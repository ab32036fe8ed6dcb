import { describe, expect, it } from "vitest";
import { TYPOGRAPHY_MISTAKE, fixPlainSpaces, frenchSpacing } from "./typography";

const nbsp = "\u00a0";

describe("French typography", () => {
  it("puts a no-break space before : ; ! ? and inside guillemets", () => {
    expect(frenchSpacing("Poids : 1,94 Mo ; voir « Liens » !")).toBe(`Poids${nbsp}: 1,94 Mo${nbsp}; voir «${nbsp}Liens${nbsp}»${nbsp}!`);
    expect(frenchSpacing("Vraiment?")).toBe(`Vraiment${nbsp}?`);
    expect(frenchSpacing("«Liens»")).toBe(`«${nbsp}Liens${nbsp}»`);
  });

  it("leaves addresses, times and query strings alone", () => {
    for (const text of ["https://www.irev.fr/", "9:30", "/recherche?q=noyon", "mailto:contact@example.org", "a = ? and b = ?", "Plan &amp; co", "&#233; ok"]) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  it("is idempotent and flags only what it fixes", () => {
    const fixed = frenchSpacing("Lieu : Noyon ? « oui »");
    expect(frenchSpacing(fixed)).toBe(fixed);
    expect(TYPOGRAPHY_MISTAKE.test(fixed)).toBe(false);
    expect(TYPOGRAPHY_MISTAKE.test("Lieu : Noyon")).toBe(true);
    expect(fixPlainSpaces("Lieu: Noyon")).toBe("Lieu: Noyon");
  });

  it("sees a colon before a line end written as an escape in source code", () => {
    expect(fixPlainSpaces(String.raw`ouvrez ce lien :
`)).toBe(String.raw`ouvrez ce lien${nbsp}:
`);
  });
});
