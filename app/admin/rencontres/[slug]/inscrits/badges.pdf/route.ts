import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { findMeetingForStaff } from "@/lib/meetings/staff";
import { pdfResponse } from "@/lib/pdf/document";
import { printBadges } from "@/lib/registrations/badges";
import { DEFAULT_LABEL_FORMAT, isLabelFormat, LABEL_FORMAT_CODES } from "@/lib/registrations/label-formats";
import { frenchList } from "@/lib/format";

/**
 * Name badges of a meeting's confirmed registrants on A4 label sheets (`?format=L7163`, the default, or another
 * of LABEL_FORMATS). Staff only, the role read from the database; refusals as JSON; each printing audited.
 */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous avec un compte de l'équipe pour imprimer les badges.");
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  const format = new URL(request.url).searchParams.get("format") || DEFAULT_LABEL_FORMAT;
  if (!isLabelFormat(format)) throw new DomainError("validation_failed", `Le format d'étiquettes est l'un de ${frenchList(LABEL_FORMAT_CODES)}.`);
  if ("redirectTo" in found) return Response.redirect(new URL(`/admin/rencontres/${found.redirectTo}/inscrits/badges.pdf?format=${format}`, request.url), 308);
  const file = await printBadges(db, { userId: user.id }, found.meeting, format);
  return pdfResponse(file.body, file.filename);
});
