import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { attestationsZip } from "@/lib/attendance/attestation-pdf";
import { attestationsForStaff } from "@/lib/attendance/attestations";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { findMeetingForStaff } from "@/lib/meetings/staff";

/** Every attestation of the meeting, one PDF each in a ZIP, for staff; the role read from the database; refusals as JSON. */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous avec un compte de l'équipe pour télécharger les attestations.");
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  if ("redirectTo" in found) return Response.redirect(new URL(`/admin/rencontres/${found.redirectTo}/presence/attestations.zip`, request.url), 308);
  const { list, identity } = attestationsForStaff(db, { userId: user.id }, found.meeting.id);
  if (list.length === 0) throw new DomainError("not_found", "Aucune attestation n'a encore été délivrée pour cette rencontre.");
  return new Response(new Uint8Array(await attestationsZip(list, identity, new Date())), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="attestations-${found.meeting.slug}.zip"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
