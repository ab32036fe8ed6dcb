import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { printSignInSheet } from "@/lib/attendance/sign-in-sheet";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { findMeetingForStaff } from "@/lib/meetings/staff";
import { pdfResponse } from "@/lib/pdf/document";

/**
 * The feuille d'émargement of a meeting: `?demi-journee=2026-12-03-am` for one half-day, `?jour=2026-12-03` for a
 * whole day with one signature column per half-day. Staff only, the role read from the database; refusals as JSON.
 */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous avec un compte de l'équipe pour imprimer la feuille d'émargement.");
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  const url = new URL(request.url);
  if ("redirectTo" in found) return Response.redirect(new URL(`/admin/rencontres/${found.redirectTo}/presence/emargement.pdf${url.search}`, request.url), 308);
  const file = await printSignInSheet(db, { userId: user.id }, found.meeting, url.searchParams);
  if (!file) throw new DomainError("not_found", "Cette demi-journée ou cette journée n'est pas celle de la rencontre : choisissez-la dans l'onglet Présence.");
  return pdfResponse(file.body, file.filename);
});
