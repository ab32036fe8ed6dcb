import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { organisations } from "@/lib/organisations/schema";
import { registrations } from "./schema";
import { listRegistrants, registrantCounts } from "./queries";
import { parseRegistrantSearch, registrantsHref, shownColumns } from "./registrant-search";
import { registrantTable } from "./registrant-table";

function setUp() {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { capacity: 3, questions: [{ id: "regime", label: "Régime alimentaire", kind: "text", required: false }] });
  const [lillers, noyon] = db
    .insert(organisations)
    .values([
      { name: "Communauté d'agglomération Béthune-Bruay", kind: "epci", department: "62" },
      { name: "Ville de Noyon", kind: "commune", department: "60" },
    ])
    .returning()
    .all();
  const people = [
    insertUser(db, "member", { givenName: "Élodie", familyName: "Œuvray", organisationId: lillers!.id }),
    insertUser(db, "member", { givenName: "Jean", familyName: "Dupont", organisationId: noyon!.id }),
    insertUser(db, "pending", { givenName: "Ana", familyName: "Zola" }),
  ];
  const statuses = ["confirmed", "pending_approval", "cancelled"] as const;
  db.insert(registrations)
    .values(people.map((person, i) => ({ meetingId: meeting.id, userId: person.id, status: statuses[i]!, code: `C${i}`, answers: i === 0 ? { regime: "Végétarien" } : ({} as Record<string, string>), createdAt: new Date(2026, 0, i + 1) })))
    .run();
  return { db, meeting };
}

const names = (rows: { familyName: string }[]) => rows.map((row) => row.familyName);

describe("the registrants of a meeting for staff", () => {
  it("counts every status and the seats left", () => {
    const { db, meeting } = setUp();
    expect(registrantCounts(db, meeting)).toEqual({ confirmed: 1, waitlisted: 0, pending_approval: 1, refused: 0, cancelled: 1, seatsLeft: 2 });
  });

  it("searches names, e-mails and organisations without accents, and filters by status, organisation and department", () => {
    const { db, meeting } = setUp();
    const list = (raw: Record<string, string>) => names(listRegistrants(db, meeting.id, parseRegistrantSearch(raw)));
    expect(list({ q: "oeuvray" })).toEqual(["Œuvray"]);
    expect(list({ q: "ELODIE" })).toEqual(["Œuvray"]);
    expect(list({ q: "bethune" })).toEqual(["Œuvray"]);
    expect(list({ q: "jean dupont" })).toEqual(["Dupont"]);
    expect(list({ statut: "pending_approval" })).toEqual(["Dupont"]);
    expect(list({ structure: "Ville de Noyon" })).toEqual(["Dupont"]);
    expect(list({ departement: "62" })).toEqual(["Œuvray"]);
    expect(list({ statut: "nimporte" })).toEqual(["Dupont", "Œuvray", "Zola"]);
  });

  it("sorts by family name, organisation or date, either way", () => {
    const { db, meeting } = setUp();
    const list = (raw: Record<string, string>) => names(listRegistrants(db, meeting.id, parseRegistrantSearch(raw)));
    expect(list({})).toEqual(["Dupont", "Œuvray", "Zola"]);
    expect(list({ ordre: "desc" })).toEqual(["Zola", "Œuvray", "Dupont"]);
    expect(list({ tri: "date", ordre: "desc" })).toEqual(["Zola", "Dupont", "Œuvray"]);
    expect(list({ tri: "structure" })).toEqual(["Zola", "Œuvray", "Dupont"]);
  });

  it("shows the chosen columns, the answers one column per question, and keeps them in the export's address", () => {
    const { db, meeting } = setUp();
    const search = parseRegistrantSearch({ colonnes: ["statut", "reponses", "inconnue"], q: "élodie" });
    expect(shownColumns(search)).toEqual(["statut", "reponses"]);
    const table = registrantTable(meeting.questions, listRegistrants(db, meeting.id, search), shownColumns(search));
    expect(table.headers.map((header) => header.label)).toEqual(["Statut", "Régime alimentaire"]);
    expect(table.rows.map((row) => [row.name, ...row.cells])).toEqual([["ŒUVRAY Élodie", "Inscription confirmée", "Végétarien"]]);
    expect(registrantsHref("/x/export", search, { format: "csv" })).toBe("/x/export?q=%C3%A9lodie&colonnes=statut%2Creponses&format=csv");
    expect(parseRegistrantSearch({ colonnes: "statut,reponses" }).colonnes).toEqual(["statut", "reponses"]);
  });
});
