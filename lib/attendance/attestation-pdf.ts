import JSZip from "jszip";
import QRCode from "qrcode";
import type { PDFPage } from "pdf-lib";
import { appUrl } from "@/lib/config";
import { participatedInKind } from "@/lib/meetings/labels";
import { A4, addA4Page, createDocument, drawPageNumbers, INK, mm, wrapText, type PdfDocument } from "@/lib/pdf/document";
import type { Settings } from "@/lib/settings/registry";
import { formatDate } from "@/lib/time";
import { formatDuration } from "./half-days";
import type { Attestation } from "./attestations";

/** The absolute address of the verification page for a code: printed under the QR code that carries it. */
export function verificationUrl(code: string): string {
  return `${appUrl()}/attestations/verifier?code=${encodeURIComponent(code)}`;
}

/** "attestation-2026-0042.pdf" */
export function attestationFilename(attestation: Pick<Attestation, "number">): string {
  return `attestation-${attestation.number}.pdf`;
}

const MARGIN = mm(22);
const WIDTH = A4.width - 2 * MARGIN;

/** A QR code as black squares, vector, `size` points wide, its lower-left corner at (x, y). */
function drawQrCode(page: PDFPage, text: string, { x, y, size }: { x: number; y: number; size: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) page.drawRectangle({ x: x + column * cell, y: y + size - (row + 1) * cell, width: cell, height: cell, color: INK });
    }
  }
}

/** Draws one attestation on a new A4 page of `doc`. */
function drawAttestation(doc: PdfDocument, attestation: Attestation, identity: Settings["identity"]) {
  const page = addA4Page(doc);
  let y = A4.height - MARGIN;
  const write = (text: string, { font = doc.regular, size = 11, gapAfter = 2, x = MARGIN, width = WIDTH } = {}) => {
    for (const line of wrapText(text, font, size, width)) {
      y -= size * 1.35;
      page.drawText(line, { x, y, size, font, color: INK });
    }
    y -= gapAfter;
  };
  write(identity.name, { font: doc.bold, size: 12 });
  write(`${identity.legalForm} – ${identity.mission}`, { size: 9 });
  write([identity.postalAddress ?? identity.city, identity.siret ? `SIRET ${identity.siret}` : null, identity.contactEmail].filter(Boolean).join(" – "), { size: 9, gapAfter: 28 });
  write("Attestation de présence", { font: doc.bold, size: 20, gapAfter: 4 });
  write(`N° ${attestation.number}`, { size: 10, gapAfter: 22 });
  const signatory = attestation.signatoryName ? `${attestation.signatoryName}${attestation.signatoryRole ? `, ${attestation.signatoryRole}` : ""}` : "le ou la signataire (nom à compléter)";
  write(`Je soussigné(e), ${signatory}, de l'${identity.shortName}, atteste que :`, { gapAfter: 10 });
  write(attestation.participantName, { font: doc.bold, size: 14, gapAfter: 2 });
  if (attestation.organisationName) write(attestation.organisationName, { gapAfter: 10 });
  const participated = participatedInKind(attestation.meetingNature);
  write(participated ? `a participé ${participated} « ${attestation.meetingTitle} »,` : `a participé à « ${attestation.meetingTitle} » (${attestation.meetingNature}),`, { gapAfter: 2 });
  write(`le ${attestation.meetingDates}, ${attestation.place}.`, { gapAfter: 12 });
  write(attestation.halfDays.length > 1 ? "Demi-journées de présence :" : "Demi-journée de présence :", { font: doc.bold });
  for (const half of attestation.halfDays) write(`– ${half.label}`, { x: MARGIN + 12, width: WIDTH - 12 });
  y -= 6;
  write(`Durée de présence : ${formatDuration(attestation.attendedMinutes)}.`, { font: doc.bold, gapAfter: 18 });
  write("Cette attestation est délivrée pour servir et valoir ce que de droit.", { gapAfter: 14 });
  write(`Fait à ${attestation.issuedPlace}, le ${formatDate(attestation.issuedAt)}.`, { gapAfter: 10 });

  const boxWidth = WIDTH / 2;
  const boxX = MARGIN + WIDTH - boxWidth;
  write(signatory, { x: boxX, width: boxWidth, gapAfter: 4 });
  page.drawRectangle({ x: boxX, y: y - 80, width: boxWidth, height: 76, borderWidth: 0.8, borderColor: INK });
  page.drawText("Signature et cachet", { x: boxX + 6, y: y - 16, size: 8, font: doc.regular, color: INK });

  const qrSize = 80;
  const bottom = MARGIN + mm(6);
  const url = verificationUrl(attestation.verificationCode);
  drawQrCode(page, url, { x: MARGIN, y: bottom, size: qrSize });
  const textX = MARGIN + qrSize + 12;
  const lines: [string, boolean][] = [
    [`Numéro : ${attestation.number}`, true],
    [`Code de vérification : ${attestation.verificationCode}`, true],
    ["Vérifiez cette attestation en lisant le code QR ou à l'adresse :", false],
    [url, false],
  ];
  let textY = bottom + qrSize - 10;
  for (const [line, bold] of lines) {
    for (const part of wrapText(line, doc.regular, 8.5, WIDTH - qrSize - 12)) {
      page.drawText(part, { x: textX, y: textY, size: 8.5, font: bold ? doc.bold : doc.regular, color: INK });
      textY -= 11;
    }
  }
}

/** Attestations as one PDF, one page each, "page N / M" at the foot. */
export async function attestationsPdf(list: Attestation[], identity: Settings["identity"], now: Date): Promise<Uint8Array> {
  const doc = await createDocument({ title: list.length === 1 ? `Attestation de présence ${list[0]!.number}` : "Attestations de présence", createdAt: now });
  for (const attestation of list) drawAttestation(doc, attestation, identity);
  drawPageNumbers(doc);
  return doc.pdf.save();
}

/** The attestations as a ZIP of one PDF each, named by number. */
export async function attestationsZip(list: Attestation[], identity: Settings["identity"], now: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const attestation of list) zip.file(attestationFilename(attestation), await attestationsPdf([attestation], identity, now), { date: now });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
