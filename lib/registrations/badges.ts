import type { PDFPage } from "pdf-lib";
import type { Db } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import type { StaffMeeting } from "@/lib/meetings/staff";
import { A4, addA4Page, createDocument, fittingSize, INK, mm, truncateText, type PdfDocument } from "@/lib/pdf/document";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { formatSpan } from "@/lib/time";
import { listRegistrants } from "./queries";
import { LABEL_FORMATS, type LabelFormat, type LabelFormatCode } from "./label-formats";
import { parseRegistrantSearch } from "./registrant-search";

/** Where the n-th label (from 0) lies: its sheet, and its lower-left corner and size in PDF points, filled row by row. */
export function labelBox(format: LabelFormat, index: number): { sheet: number; x: number; y: number; width: number; height: number } {
  const perSheet = format.columns * format.rows;
  const onSheet = index % perSheet;
  const column = onSheet % format.columns;
  const row = Math.floor(onSheet / format.columns);
  return {
    sheet: Math.floor(index / perSheet),
    x: mm(format.left + column * format.pitchX),
    y: A4.height - mm(format.top + row * format.pitchY + format.height),
    width: mm(format.width),
    height: mm(format.height),
  };
}

export type Badge = { givenName: string; familyName: string; organisation: string | null };

const PADDING = mm(3.5);

/**
 * One badge: the given name and the FAMILY NAME large, each shrunk to fit the label's width, the organisation
 * under them, and the meeting's title and date at the foot. Sizes follow the label's height.
 */
function drawBadge(doc: PdfDocument, page: PDFPage, box: ReturnType<typeof labelBox>, badge: Badge, meeting: { title: string; date: string }) {
  const maxWidth = box.width - 2 * PADDING;
  const scale = Math.min(1.6, box.height / mm(38.1));
  const x = box.x + PADDING;
  let y = box.y + box.height - PADDING;
  const line = (text: string, font = doc.bold, size: number) => {
    y -= size;
    page.drawText(text, { x, y, size, font, color: INK });
    y -= size * 0.25;
  };
  const given = badge.givenName.trim();
  const family = badge.familyName.trim().toLocaleUpperCase("fr-FR");
  line(given, doc.bold, fittingSize(given, doc.bold, { maxSize: 13 * scale, minSize: 7, maxWidth }));
  line(family, doc.bold, fittingSize(family, doc.bold, { maxSize: 16 * scale, minSize: 7, maxWidth }));
  if (badge.organisation) line(truncateText(badge.organisation, doc.regular, 8.5 * scale, maxWidth), doc.regular, 8.5 * scale);
  const small = 6.5 * Math.min(scale, 1.3);
  page.drawText(truncateText(meeting.date, doc.regular, small, maxWidth), { x, y: box.y + PADDING, size: small, font: doc.regular, color: INK });
  page.drawText(truncateText(meeting.title, doc.regular, small, maxWidth), { x, y: box.y + PADDING + small * 1.25, size: small, font: doc.regular, color: INK });
}

/** The badges on label sheets, a new A4 page every sheet; one page saying so when there is nobody to print. */
export async function badgesPdf(meeting: Pick<StaffMeeting, "title" | "startsAt" | "endsAt" | "allDay" | "timeKnown">, badges: Badge[], format: LabelFormat, now: Date): Promise<Uint8Array> {
  const doc = await createDocument({ title: `Badges – ${meeting.title}`, createdAt: now });
  const info = { title: meeting.title, date: formatSpan(meeting) };
  if (badges.length === 0) {
    addA4Page(doc).drawText("Aucune inscription confirmée : aucun badge à imprimer.", { x: mm(20), y: A4.height - mm(30), size: 12, font: doc.regular, color: INK });
  }
  const pages: PDFPage[] = [];
  badges.forEach((badge, index) => {
    const box = labelBox(format, index);
    pages[box.sheet] ??= addA4Page(doc);
    drawBadge(doc, pages[box.sheet]!, box, badge, info);
  });
  return doc.pdf.save();
}

/**
 * The badges of a meeting's confirmed registrants, by family name, as staff print them: the role read in the
 * database, and the printing audited (who printed how many badges of which meeting, on which labels).
 */
export async function printBadges(db: Db, actor: Actor, meeting: StaffMeeting, formatCode: LabelFormatCode, now = new Date()): Promise<{ body: Uint8Array; filename: string }> {
  const badges = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const rows = listRegistrants(tx, meeting.id, parseRegistrantSearch({ statut: "confirmed", tri: "nom" }));
    recordAudit(tx, { actorId, action: "registrations.badges", entityType: "meeting", entityId: meeting.id, details: { format: formatCode, count: rows.length } });
    return rows.map(({ givenName, familyName, organisation }) => ({ givenName, familyName, organisation }));
  });
  return { body: await badgesPdf(meeting, badges, LABEL_FORMATS[formatCode], now), filename: `badges-${meeting.slug}-${formatCode}.pdf` };
}
