import { describe, expect, it } from "vitest";
import { formatMarkdownTable, formatTextTable } from "./text-table";

const columns = [{ header: "Route" }, { header: "Requêtes/s", align: "right" as const }];

describe("tableaux", () => {
  it("aligne les colonnes en texte, les nombres à droite", () => {
    expect(formatTextTable(columns, [["/", "12,5"], ["/rencontres", "3"]]).split("\n")).toEqual([
      "Route        Requêtes/s",
      "───────────  ──────────",
      "/                  12,5",
      "/rencontres           3",
    ]);
  });

  it("écrit le même tableau en Markdown, alignement compris, et protège les barres verticales", () => {
    expect(formatMarkdownTable(columns, [["/a|b", "1"]]).split("\n")).toEqual(["| Route | Requêtes/s |", "|---|---:|", "| /a\\|b | 1 |"]);
  });
});
