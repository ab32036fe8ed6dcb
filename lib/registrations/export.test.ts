import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { auditLog } from "@/lib/audit/schema";
import { parisInstant } from "@/lib/time";
import { registrations } from "./schema";
import { exportRegistrants, neutraliseFormula } from "./export";
import { parseRegistrantSearch } from "./registrant-search";

describe("neutraliseFormula", () => {
  it("prefixes with an apostrophe what a spreadsheet would read as a formula, and nothing else", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ["Dupont", "Jean-Marie", " =1", "", "Œuvray"]) expect(neutraliseFormula(text)).toBe(text);
  });
});

function setUp() {
  const db = freshDatabase();
  const meeting = insertMeeting(db, {
    slug: "jeudi-de-la-ville",
    questions: [
      { id: "regime", label: "Régime alimentaire", kind: "text", required: false },
      { id: "atelier", label: "Atelier", kind: "choice", required: false, options: ["A", "B"] },
    ],
  });
  const staff = insertUser(db, "staff");
  const hostile = insertUser(db, "member", { givenName: "=HYPERLINK(\"http://evil.example\";\"clic\")", familyName: "Łukasiewicz" });
  const accented = insertUser(db, "member", { givenName: "Élodie", familyName: "Œuvray; \"la\"" });
  db.insert(registrations)
    .values([
      { meetingId: meeting.id, userId: hostile.id, status: "confirmed", code: "K7Q-4MP", answers: { regime: "-végétarien" }, createdAt: parisInstant(2026, 3, 1, 9, 5), consentAt: parisInstant(2026, 3, 1, 9, 5) },
      { meetingId: meeting.id, userId: accented.id, status: "waitlisted", waitlistPosition: 1, code: "ABC-DEF", answers: { atelier: "B" }, createdAt: parisInstant(2026, 7, 14, 18, 30) },
    ])
    .run();
  return { db, meeting, staff };
}

const ALL = { colonnes: ["statut", "code", "inscription", "consentement", "reponses"] };

describe("exportRegistrants", () => {
  it("writes CSV for French Excel: BOM, semicolons, French dates, one column per question, formulas kept as text", async () => {
    const { db, meeting, staff } = setUp();
    const file = await exportRegistrants(db, { userId: staff.id }, meeting, parseRegistrantSearch(ALL), "csv");
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.subarray(3).toString("utf8");
    expect(text).not.toMatch(/^sep=/);
    expect(text.split("\r\n")).toEqual([
      "Nom;Prénom;Statut;Code d'inscription;Date d'inscription;Consentement à la liste des participants;Régime alimentaire;Atelier",
      `"Œuvray; ""la""";Élodie;Liste d'attente (position 1);ABC-DEF;14/07/2026 18:30;;;B`,
      `Łukasiewicz;"'=HYPERLINK(""http://evil.example"";""clic"")";Inscription confirmée;K7Q-4MP;01/03/2026 09:05;01/03/2026 09:05;'-végétarien;`,
      "",
    ]);
    expect(file).toMatchObject({ filename: "inscrits-jeudi-de-la-ville.csv", contentType: "text/csv; charset=utf-8" });
  });

  it("writes XLSX with the same columns, real dates in Paris time, and names kept as text", async () => {
    const { db, meeting, staff } = setUp();
    const file = await exportRegistrants(db, { userId: staff.id }, meeting, parseRegistrantSearch({ ...ALL, q: "łukasiewicz" }), "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Inscrits")!;
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Nom", "Prénom", "Statut", "Code d'inscription", "Date d'inscription", "Consentement à la liste des participants", "Régime alimentaire", "Atelier"]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe("Łukasiewicz");
    expect(row.getCell(2).value).toBe("'=HYPERLINK(\"http://evil.example\";\"clic\")");
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toEqual(new Date(Date.UTC(2026, 2, 1, 9, 5)));
    expect(row.getCell(5).numFmt).toBe("dd/mm/yyyy hh:mm");
  });

  it("is audited, and refused to anyone but staff and admins", async () => {
    const { db, meeting, staff } = setUp();
    await exportRegistrants(db, { userId: staff.id }, meeting, parseRegistrantSearch({ statut: "confirmed" }), "csv");
    const [entry] = db.select().from(auditLog).where(eq(auditLog.action, "registrations.export")).all();
    expect(entry).toMatchObject({ actorId: staff.id, entityId: meeting.id, details: { format: "csv", count: 1, search: { statut: "confirmed" } } });
    for (const role of ["pending", "member"] as const) {
      const error = await exportRegistrants(db, { userId: insertUser(db, role).id }, meeting, {}, "csv").catch((e: unknown) => e);
      expect(refusal(() => { throw error; }).code).toBe("forbidden");
    }
    await expect(exportRegistrants(db, { userId: insertUser(db, "admin").id }, meeting, {}, "xlsx")).resolves.toBeTruthy();
  });
});
