import ExcelJS from "exceljs";
import type { Db } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import type { StaffMeeting } from "@/lib/meetings/staff";
import { parisParts } from "@/lib/time";
import { listRegistrants } from "./queries";
import { shownColumns, type RegistrantSearch } from "./registrant-search";
import { frenchStamp, registrantTable, type RegistrantCell } from "./registrant-table";

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A spreadsheet cell that a spreadsheet could read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
 * is kept as text by a leading apostrophe: a registrant named `=HYPERLINK(…)` stays a name (OWASP, CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

type Sheet = { headers: string[]; rows: RegistrantCell[][] };

/** The list as exported: family and given names apart, then exactly the columns shown on the page. */
export function registrantSheet(meeting: Pick<StaffMeeting, "questions">, rows: ReturnType<typeof listRegistrants>, search: RegistrantSearch): Sheet {
  const table = registrantTable(meeting.questions, rows, shownColumns(search));
  return {
    headers: ["Nom", "Prénom", ...table.headers.map((header) => header.label)].map(neutraliseFormula),
    rows: table.rows.map((row) => [row.family, row.given, ...row.cells].map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell))),
  };
}

function csvField(cell: RegistrantCell): string {
  const text = cell === null ? "" : cell instanceof Date ? frenchStamp(cell) : cell;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as French Excel opens it by a double click: UTF-8 with a BOM, `;` between fields, dates "30/11/2026 14:05", no `sep=` line. */
export function toCsv(sheet: Sheet): Buffer {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvField).join(";"));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** The Paris wall-clock time of an instant, as the date a spreadsheet shows without a time zone. */
function parisWallClock(instant: Date): Date {
  const p = parisParts(instant);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/** XLSX: a header row, real dates in Paris time shown "dd/mm/yyyy hh:mm", text cells as text. */
export async function toXlsx(sheet: Sheet, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "irev-reseau";
  const worksheet = workbook.addWorksheet("Inscrits", { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (cell instanceof Date ? parisWallClock(cell) : cell)));
  worksheet.columns.forEach((column, i) => {
    column.width = Math.min(50, Math.max(12, sheet.headers[i]!.length + 2));
    if (sheet.rows.some((row) => row[i] instanceof Date)) column.numFmt = "dd/mm/yyyy hh:mm";
  });
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A meeting's registrants as staff filtered them, in a file: the staff role read from the database, and the export
 * audited (who exported which list, with which filters and columns, how many people).
 */
export async function exportRegistrants(db: Db, actor: Actor, meeting: StaffMeeting, search: RegistrantSearch, format: ExportFormat): Promise<{ body: Buffer; filename: string; contentType: string }> {
  const sheet = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const rows = listRegistrants(tx, meeting.id, search);
    recordAudit(tx, { actorId, action: "registrations.export", entityType: "meeting", entityId: meeting.id, details: { format, count: rows.length, search } });
    return registrantSheet(meeting, rows, search);
  });
  const filename = `inscrits-${meeting.slug}.${format}`;
  return format === "csv"
    ? { body: toCsv(sheet), filename, contentType: "text/csv; charset=utf-8" }
    : { body: await toXlsx(sheet, meeting.title), filename, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
}
