import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { pdfResponse } from "@/lib/pdf/document";
import { participantListFor } from "@/lib/registrations/participants";
import { participantListPdf } from "@/lib/registrations/participants-pdf";

/**
 * A meeting's participant list as a PDF, for the members registered on it and for staff: the role and the
 * registration read from the database at each request, refusals as JSON, never cached.
 */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous avec le compte inscrit à cette rencontre pour télécharger la liste des participants.");
  const found = participantListFor(db, user, slug);
  if (!found) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  if ("redirectTo" in found) return Response.redirect(new URL(`/rencontres/${found.redirectTo}/participants.pdf`, request.url), 308);
  if ("refused" in found) throw new DomainError("forbidden", "La liste des participants est réservée aux membres inscrits à cette rencontre.");
  return pdfResponse(await participantListPdf(found.meeting, found.participants, new Date()), `participants-${found.meeting.slug}.pdf`);
});
