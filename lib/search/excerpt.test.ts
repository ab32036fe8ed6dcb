import { describe, expect, it } from "vitest";
import { proseExcerpt } from "./excerpt";
import { MATCH_END, MATCH_START } from "./highlight";

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("proseExcerpt", () => {
  it("drops emphasis around a match and keeps the match marks", () => {
    expect(proseExcerpt(`…Parmi les PIA (**${mark("Programme")} d'Investissement d'Avenir**), 3 concernent…`)).toBe(
      `…Parmi les PIA (${mark("Programme")} d'Investissement d'Avenir), 3 concernent…`,
    );
    expect(proseExcerpt("un mot *en italique* ici")).toBe("un mot en italique ici");
    expect(proseExcerpt("2 * 3 = 6")).toBe("2 * 3 = 6");
  });

  it("keeps a link's text, not its address, even when the excerpt cut the link", () => {
    expect(proseExcerpt(`Voir [le ${mark("décret")}](https://www.legifrance.gouv.fr/x) du 30 décembre`)).toBe(`Voir le ${mark("décret")} du 30 décembre`);
    expect(proseExcerpt("…du décret](https://www.legifrance.gouv.fr/x) et de la circulaire")).toBe("…du décret et de la circulaire");
  });

  it("removes heading, list and quote marks and reads the lines as one paragraph", () => {
    expect(proseExcerpt(`## ${mark("Programme")}\n- Matin : accueil\n- Après-midi : ateliers\n1. premier\n> citée`)).toBe(
      `${mark("Programme")} Matin : accueil Après-midi : ateliers premier citée`,
    );
  });

  it("leaves underscores alone: file names are part of what is searched", () => {
    expect(proseExcerpt(`enquete_mise_en_${mark("reseau")}_chefs_de_projet.pdf`)).toBe(`enquete_mise_en_${mark("reseau")}_chefs_de_projet.pdf`);
  });
});
