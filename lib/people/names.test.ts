import { describe, expect, it } from "vitest";
import { freshDatabase, insertUser } from "@/tests/db";
import { eq } from "drizzle-orm";
import { fillMissingSortNames, foldForSearch, formalName, fullName, nameColumns, sortName } from "./names";
import { users } from "./schema";

describe("names", () => {
  it("writes the full name given name first, and the formal name family name first in capitals", () => {
    expect(fullName({ givenName: "Jean", familyName: "Dupont" })).toBe("Jean Dupont");
    expect(formalName({ givenName: "Jean", familyName: "Dupont" })).toBe("DUPONT Jean");
    expect(formalName({ givenName: "Élodie", familyName: "Évrard" })).toBe("ÉVRARD Élodie");
    expect(formalName({ givenName: "Anne-Sophie", familyName: "de La Tour" })).toBe("DE LA TOUR Anne-Sophie");
    expect(fullName({ givenName: "Jean-Marc", familyName: "Le Gall-Martin" })).toBe("Jean-Marc Le Gall-Martin");
  });

  it("drops an empty part instead of leaving a stray space", () => {
    expect(fullName({ givenName: "", familyName: "Madonna" })).toBe("Madonna");
    expect(formalName({ givenName: "  ", familyName: "Madonna" })).toBe("MADONNA");
    expect(fullName({ givenName: " Cher ", familyName: "" })).toBe("Cher");
    expect(formalName({ givenName: "", familyName: "" })).toBe("");
  });

  it("folds accents, ligatures, case and spaces for sorting and searching", () => {
    expect(foldForSearch("  Œuvray   Élodie ")).toBe("oeuvray elodie");
    expect(foldForSearch("ÇA")).toBe("ca");
    expect(foldForSearch("Lætitia")).toBe("laetitia");
  });

  it("sorts by family name then given name, accents and case ignored, the way a French list reads", () => {
    const people = [
      { givenName: "Zoé", familyName: "Abélard" },
      { givenName: "Jean", familyName: "Dupont" },
      { givenName: "Émile", familyName: "Dupont" },
      { givenName: "Anne", familyName: "Écuyer" },
      { givenName: "Paul", familyName: "de Gaulle" },
      { givenName: "Luc", familyName: "Dupont-Aignan" },
      { givenName: "Marc", familyName: "Duval" },
    ];
    const sorted = [...people].sort((a, b) => (sortName(a) < sortName(b) ? -1 : 1)).map(formalName);
    expect(sorted).toEqual(["ABÉLARD Zoé", "DE GAULLE Paul", "DUPONT Émile", "DUPONT Jean", "DUPONT-AIGNAN Luc", "DUVAL Marc", "ÉCUYER Anne"]);
    expect(sortName({ givenName: "", familyName: "Écuyer" })).toBe("ecuyer");
  });

  it("sets the four name columns together, trimmed", () => {
    expect(nameColumns({ givenName: " Hélène ", familyName: " Le Bris " })).toEqual({
      name: "Hélène Le Bris",
      givenName: "Hélène",
      familyName: "Le Bris",
      sortName: "le bris helene",
    });
  });

  it("writes on start the sort key of accounts that have none, and only theirs", () => {
    const db = freshDatabase();
    const split = insertUser(db, "member", { givenName: "Gaëlle", familyName: "Évain" });
    db.update(users).set({ sortName: "" }).where(eq(users.id, split.id)).run();
    const kept = insertUser(db, "member", { givenName: "Jean", familyName: "Dupont" });
    db.update(users).set({ sortName: "cle gardee" }).where(eq(users.id, kept.id)).run();
    fillMissingSortNames(db);
    expect(db.select({ sortName: users.sortName }).from(users).where(eq(users.id, split.id)).get()?.sortName).toBe("evain gaelle");
    expect(db.select({ sortName: users.sortName }).from(users).where(eq(users.id, kept.id)).get()?.sortName).toBe("cle gardee");
  });
});
