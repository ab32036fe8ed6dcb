import { describe, expect, it } from "vitest";
import { agendaKey, parseAgendaKey, parseAgendaSearch } from "./filters";

describe("agenda keys", () => {
  it("give each filter state one segment, whatever the order or the noise of the query", () => {
    const a = parseAgendaSearch({ theme: "sante", type: "atelier", quand: "2017", page: "2", utm_source: "lettre" });
    const b = parseAgendaSearch({ page: "2", quand: "2017", type: "atelier", theme: "sante" });
    expect(agendaKey(a)).toBe("quand.2017~type.atelier~theme.sante~page.2");
    expect(agendaKey(b)).toBe(agendaKey(a));
    expect(agendaKey(parseAgendaSearch({}))).toBe("tout");
    expect(agendaKey(parseAgendaSearch({ type: "inconnu", departement: "75" }))).toBe("tout");
  });

  it("read back exactly what they wrote, and nothing else", () => {
    const search = parseAgendaSearch({ quand: "passees", departement: "59", theme: "renouvellement-urbain" });
    expect(parseAgendaKey(agendaKey(search))).toEqual(search);
    expect(parseAgendaKey("tout")).toEqual({});
    for (const other of ["", "gabarit", "type.atelier~quand.2017", "type.inconnu", "quand.2017~quand.2018", "page.0", "theme.a~b"]) {
      expect(parseAgendaKey(other), other).toBeNull();
    }
  });
});
