import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { attestationFilename, attestationsPdf } from "@/lib/attendance/attestation-pdf";
import { attestationsForStaff } from "@/lib/attendance/attestations";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { findMeetingForStaff } from "@/lib/meetings/staff";
import { pdfResponse } from "@/lib/pdf/document";

/** One attestation of the meeting, `?numero=2026-0042`, for staff; the role read from the database; refusals as JSON. */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous avec un compte de l'équipe pour télécharger les attestations.");
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  const url = new URL(request.url);
  if ("redirectTo" in found) return Response.redirect(new URL(`/admin/rencontres/${found.redirectTo}/presence/attestation.pdf${url.search}`, request.url), 308);
  const number = url.searchParams.get("numero") ?? "";
  const { list, identity } = attestationsForStaff(db, { userId: user.id }, found.meeting.id, number);
  if (!number || list.length === 0) throw new DomainError("not_found", "Aucune attestation de cette rencontre ne porte ce numéro.");
  return pdfResponse(await attestationsPdf(list, identity, new Date()), attestationFilename(list[0]!));
});
