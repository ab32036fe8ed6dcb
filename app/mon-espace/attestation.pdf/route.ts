import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { attestationFilename, attestationsPdf } from "@/lib/attendance/attestation-pdf";
import { ownAttestation } from "@/lib/attendance/attestations";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { pdfResponse } from "@/lib/pdf/document";
import { readSettings } from "@/lib/settings/queries";

/** The signed-in person's own attestation, `?numero=2026-0042`; anyone else's number answers as unknown. */
export const GET = apiRoute(async (request) => {
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous pour télécharger votre attestation.");
  const attestation = ownAttestation(db, user.id, new URL(request.url).searchParams.get("numero") ?? "");
  if (!attestation) throw new DomainError("not_found", "Vous n'avez pas d'attestation sous ce numéro.");
  return pdfResponse(await attestationsPdf([attestation], readSettings(db).identity, new Date()), attestationFilename(attestation));
});
