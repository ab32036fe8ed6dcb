import { A4, addA4Page, createDocument, drawPageNumbers, drawTable, INK, mm, wrapText } from "@/lib/pdf/document";
import { plural } from "@/lib/format";
import { formatDateTime, formatSpan } from "@/lib/time";
import type { Participant, ParticipantsMeeting } from "./participants";

const MARGIN = mm(18);
const WIDTH = A4.width - 2 * MARGIN;

/**
 * The participant list of a meeting as a PDF to print or keep: the meeting, then family name, given name and
 * organisation of each registrant who agreed to appear on it, "page N / M" on every page.
 */
export async function participantListPdf(meeting: ParticipantsMeeting, participants: Participant[], now: Date): Promise<Uint8Array> {
  const doc = await createDocument({ title: `Liste des participants – ${meeting.title}`, createdAt: now });
  const page = addA4Page(doc);
  let y = A4.height - MARGIN;
  const write = (text: string, font = doc.regular, size = 10, gapAfter = 2) => {
    for (const line of wrapText(text, font, size, WIDTH)) {
      y -= size * 1.3;
      page.drawText(line, { x: MARGIN, y, size, font, color: INK });
    }
    y -= gapAfter;
  };
  write("Liste des participants", doc.bold, 16, 6);
  write(meeting.title, doc.bold, 12, 4);
  write(formatSpan(meeting));
  const place = [meeting.venueName, meeting.venueCity].filter(Boolean).join(", ");
  if (place) write(place);
  write(
    `${plural(participants.length, "personne inscrite a accepté", "personnes inscrites ont accepté")} de figurer sur cette liste. Liste établie le ${formatDateTime(now)}, réservée aux participants : ne pas diffuser.`,
    doc.regular,
    9,
    12,
  );
  drawTable(doc, { page, y }, {
    columns: [
      { label: "Nom", width: WIDTH * 0.3 },
      { label: "Prénom", width: WIDTH * 0.25 },
      { label: "Organisation", width: WIDTH * 0.45 },
    ],
    rows: participants.map((p) => [p.familyName.toLocaleUpperCase("fr-FR"), p.givenName, p.organisation ?? ""]),
    x: MARGIN,
    pageTop: A4.height - MARGIN,
    bottom: MARGIN,
  });
  drawPageNumbers(doc);
  return doc.pdf.save();
}
