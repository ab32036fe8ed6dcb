import { describe, expect, it } from "vitest";
import { MEETING_KIND_LABELS, participatedInKind } from "./labels";

describe("participatedInKind", () => {
  it("gives each kind its own preposition and article, and keeps a proper name's capitals", () => {
    expect(participatedInKind(MEETING_KIND_LABELS.atelier)).toBe("à l'atelier");
    expect(participatedInKind(MEETING_KIND_LABELS.cycle_qualification)).toBe("au cycle de qualification");
    expect(participatedInKind(MEETING_KIND_LABELS.assemblee_generale)).toBe("à l'assemblée générale");
    expect(participatedInKind(MEETING_KIND_LABELS.journee_regionale)).toBe("à la journée régionale – Jeudi de la ville");
    for (const label of Object.values(MEETING_KIND_LABELS)) expect(participatedInKind(label), label).toMatch(/^(à la |à l'|au )/);
  });

  it("has nothing to say of a label that no kind has any more", () => {
    expect(participatedInKind("Séminaire")).toBeNull();
  });
});
