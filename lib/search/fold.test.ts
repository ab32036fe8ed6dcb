import { describe, expect, it } from "vitest";
import { foldLigatures, unfoldMarked } from "./fold";
import { MATCH_END, MATCH_START } from "./highlight";

const MARKS = [MATCH_START, MATCH_END];
const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("unfoldMarked", () => {
  it("puts the ligatures back around the marks, in the middle of a text and at its ends", () => {
    const original = "La mise en œuvre du contrat de ville, cœur de l'action publique.";
    const marked = `…mise en ${mark("oeuvre")} du contrat de ville, ${mark("coeur")} de l'action…`;
    expect(foldLigatures(original)).toContain("mise en oeuvre");
    expect(unfoldMarked(marked, original, MARKS)).toBe(`…mise en ${mark("œuvre")} du contrat de ville, ${mark("cœur")} de l'action…`);
    expect(unfoldMarked(`${mark("Coeur")} de ville`, "Cœur de ville", MARKS)).toBe(`${mark("Cœur")} de ville`);
  });

  it("handles ligatures of three letters and a text that starts with an ellipsis of its own", () => {
    expect(unfoldMarked(`…${mark("efficace")} et ${mark("affluence")}`, "…eﬃcace et aﬄuence", MARKS)).toBe(`…${mark("eﬃcace")} et ${mark("aﬄuence")}`);
  });

  it("returns the passage unchanged when the original has no ligature or does not hold it", () => {
    expect(unfoldMarked(`le ${mark("réseau")}`, "le réseau", MARKS)).toBe(`le ${mark("réseau")}`);
    expect(unfoldMarked(`autre ${mark("texte")}`, "un cœur", MARKS)).toBe(`autre ${mark("texte")}`);
  });
});
