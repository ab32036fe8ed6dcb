import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { plural } from "@/lib/format";
import { MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { agendaItems, speakers } from "@/lib/meetings/schema";
import type { StaffMeeting } from "@/lib/meetings/staff";
import { formatVenue } from "@/lib/meetings/venue";
import { A4, addA4Page, createDocument, drawPageNumbers, drawTable, INK, mm, wrapText, type PdfDocument } from "@/lib/pdf/document";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { users } from "@/lib/people/schema";
import { organisations } from "@/lib/organisations/schema";
import { registrations } from "@/lib/registrations/schema";
import { readSettings } from "@/lib/settings/queries";
import type { Settings } from "@/lib/settings/registry";
import { formatDate, formatDateTime, parisInstant } from "@/lib/time";
import { formatHalfDay, type HalfDay } from "./half-days";
import { findMeetingHalfDays } from "./queries";

export type SheetPerson = { givenName: string; familyName: string; organisation: string | null; jobTitle: string | null };
export type SheetSpeaker = { name: string; function: string | null; organisationName: string | null };

/** What a sign-in sheet prints beyond the meeting: who signs, who speaks, and IREV's identity. */
export type SignInSheet = {
  meeting: Pick<StaffMeeting, "title" | "kind" | "venueName" | "venueRoom" | "venueAddress" | "venuePostcode" | "venueCity" | "onlineUrl">;
  halfDays: HalfDay[];
  people: SheetPerson[];
  speakers: SheetSpeaker[];
  identity: Settings["identity"];
  blankRows: number;
};

/** The confirmed registrants of a meeting by family name (the French way: accents and case folded), with their job. */
export function sheetPeople(db: DbOrTx, meetingId: string): SheetPerson[] {
  return db
    .select({ givenName: users.givenName, familyName: users.familyName, organisation: organisations.name, organisationOther: users.organisationOther, jobTitle: users.jobTitle })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, "confirmed")))
    .orderBy(asc(users.sortName), asc(registrations.id))
    .all()
    .map(({ organisation, organisationOther, ...person }) => ({ ...person, organisation: organisation ?? organisationOther }));
}

/** The speakers and facilitators named in a meeting's programme, each once, in programme order. */
export function meetingSpeakers(db: DbOrTx, meetingId: string): SheetSpeaker[] {
  const rows = db
    .select({ name: speakers.name, function: speakers.function, organisationName: speakers.organisationName })
    .from(speakers)
    .innerJoin(agendaItems, eq(agendaItems.id, speakers.agendaItemId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(speakers.position))
    .all();
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.name) && seen.add(row.name));
}

/**
 * The half-days one sheet covers, from the request: `demi-journee=2026-12-03-am` gives that half-day, `jour=2026-12-03`
 * every half-day of that day (one signature column each); null when the meeting has no such half-day.
 */
export function sheetHalfDays(halfDays: HalfDay[], params: URLSearchParams): HalfDay[] | null {
  const half = params.get("demi-journee");
  const day = params.get("jour");
  const chosen = half ? halfDays.filter((h) => `${h.day}-${h.period}` === half) : day ? halfDays.filter((h) => h.day === day) : [];
  return chosen.length > 0 ? chosen : null;
}

/** The file name: "emargement-<slug>-2026-12-03-am.pdf", or "-2026-12-03.pdf" for a whole day. */
export function sheetFilename(slug: string, halfDays: HalfDay[]): string {
  const only = halfDays.length === 1 ? halfDays[0]! : null;
  return `emargement-${slug}-${only ? `${only.day}-${only.period}` : halfDays[0]!.day}.pdf`;
}

const MARGIN = mm(15);
const WIDTH = A4.width - 2 * MARGIN;
const ROW_HEIGHT = 26;

function speakerLine(speaker: SheetSpeaker): string {
  return [speaker.name, speaker.function, speaker.organisationName].filter(Boolean).join(", ");
}

/**
 * The feuille d'émargement, black on white: IREV's identity, the meeting (exact title, nature, date, place), the
 * half-day(s) and their hours, the speakers; then one row per registrant (FAMILY NAME, given name, organisation,
 * job) with a signature box per half-day, numbered blank rows for walk-ins, the totals, the facilitator's signature
 * and the closing count; "page N / M" at the foot of every page.
 */
export async function signInSheetPdf(sheet: SignInSheet, now: Date): Promise<Uint8Array> {
  const doc = await createDocument({ title: `Feuille d'émargement – ${sheet.meeting.title}`, createdAt: now });
  let page = addA4Page(doc);
  let y = A4.height - MARGIN;
  const write = (text: string, font = doc.regular, size = 9.5, gapAfter = 1) => {
    for (const line of wrapText(text, font, size, WIDTH)) {
      y -= size * 1.3;
      page.drawText(line, { x: MARGIN, y, size, font, color: INK });
    }
    y -= gapAfter;
  };
  const { identity, meeting, halfDays } = sheet;
  write(identity.name, doc.bold, 10);
  write([identity.postalAddress, identity.siret ? `SIRET ${identity.siret}` : null].filter(Boolean).join(" – ") || identity.city, doc.regular, 8.5, 8);
  write("Feuille d'émargement", doc.bold, 16, 4);
  write(meeting.title, doc.bold, 12, 2);
  write(`Nature : ${MEETING_KIND_LABELS[meeting.kind]}`);
  const [year, month, date] = halfDays[0]!.day.split("-").map(Number) as [number, number, number];
  write(`Date : ${formatDate(parisInstant(year, month, date, 12))}`);
  write(`Lieu : ${formatVenue(meeting) || (meeting.onlineUrl ? "en ligne" : "à préciser")}`);
  write(`${halfDays.length > 1 ? "Demi-journées" : "Demi-journée"}\u00a0: ${halfDays.map((half) => formatHalfDay(half, { withDate: false })).join("\u00a0; ")}`);
  write(`Intervenants et animateurs : ${sheet.speakers.map(speakerLine).join(" ; ") || "—"}`, doc.regular, 9.5, 8);

  const signatureWidth = halfDays.length > 1 ? Math.max(60, (WIDTH * 0.42) / halfDays.length) : WIDTH * 0.24;
  const rest = WIDTH - signatureWidth * halfDays.length - 22;
  const columns = [
    { label: "N°", width: 22 },
    { label: "NOM", width: rest * 0.27 },
    { label: "Prénom", width: rest * 0.2 },
    { label: "Organisation", width: rest * 0.31 },
    { label: "Fonction", width: rest * 0.22 },
    ...halfDays.map((half) => ({ label: halfDays.length > 1 ? `Signature ${half.period === "am" ? "matin" : "après-midi"}` : "Signature", width: signatureWidth })),
  ];
  const signatures = halfDays.map(() => "");
  const rows = [
    ...sheet.people.map((person, index) => [String(index + 1), person.familyName.toLocaleUpperCase("fr-FR"), person.givenName, person.organisation ?? "", person.jobTitle ?? "", ...signatures]),
    ...Array.from({ length: sheet.blankRows }, (_, index) => [String(sheet.people.length + index + 1), "", "", "", "", ...signatures]),
  ];
  ({ page, y } = drawTable(doc, { page, y }, { columns, rows, x: MARGIN, pageTop: A4.height - MARGIN, bottom: MARGIN + mm(6), size: 8.5, rowHeight: ROW_HEIGHT, boxed: true }));

  const closing = 150;
  if (y - closing < MARGIN + mm(6)) {
    page = addA4Page(doc);
    y = A4.height - MARGIN;
  }
  y -= 8;
  write(
    `Total : ${plural(sheet.people.length, "personne inscrite", "personnes inscrites")}, ${plural(sheet.blankRows, "ligne", "lignes")} pour les personnes inscrites sur place.`,
    doc.bold,
    9.5,
    8,
  );
  for (const half of halfDays) write(`Nombre de participants${halfDays.length > 1 ? ` (${formatHalfDay(half, { withDate: false })})` : ""}\u00a0: ____________`, doc.regular, 10, 4);
  drawSignatureBox(doc, page, y - 6, "Signature de l'animateur ou de l'animatrice");
  page.drawText(`Feuille éditée le ${formatDateTime(now)}`, { x: MARGIN, y: MARGIN + mm(2), size: 7, font: doc.regular, color: INK });
  drawPageNumbers(doc);
  return doc.pdf.save();
}

function drawSignatureBox(doc: PdfDocument, page: ReturnType<typeof addA4Page>, top: number, label: string) {
  const width = WIDTH / 2;
  page.drawText(label, { x: MARGIN, y: top - 10, size: 9.5, font: doc.bold, color: INK });
  page.drawText("Nom :", { x: MARGIN + 4, y: top - 26, size: 9, font: doc.regular, color: INK });
  page.drawRectangle({ x: MARGIN, y: top - 90, width, height: 76, borderWidth: 0.8, borderColor: INK });
}

/**
 * A meeting's sign-in sheet for the half-days chosen, as staff print it: role read in the database, printing
 * audited (which meeting, which half-days, how many rows).
 */
export async function printSignInSheet(db: Db, actor: Actor, meeting: StaffMeeting, params: URLSearchParams, now = new Date()): Promise<{ body: Uint8Array; filename: string } | null> {
  const sheet = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const halfDays = sheetHalfDays(findMeetingHalfDays(tx, meeting.id), params);
    if (!halfDays) return null;
    const settings = readSettings(tx);
    const people = sheetPeople(tx, meeting.id);
    recordAudit(tx, {
      actorId,
      action: "meeting.sign_in_sheet",
      entityType: "meeting",
      entityId: meeting.id,
      details: { halfDays: halfDays.map((half) => half.key), registrants: people.length },
    });
    return { meeting, halfDays, people, speakers: meetingSpeakers(tx, meeting.id), identity: settings.identity, blankRows: settings.signInSheet.blankRows };
  });
  if (!sheet) return null;
  return { body: await signInSheetPdf(sheet, now), filename: sheetFilename(meeting.slug, sheet.halfDays) };
}
