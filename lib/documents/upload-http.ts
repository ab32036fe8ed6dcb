import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/people/actor";
import type { UploadedDocument } from "./upload";

/*
 * The answer of the staff pages' upload routes (one file per request, so that each file has its own progress bar):
 * `{document}` or `{error: {code, message}}`, never an HTML page, never cached.
 */

/** Header the upload page's XMLHttpRequest sends: a cross-site form cannot, so a signed-in staff member's session cannot be used by another site. */
export const UPLOAD_REQUEST_HEADER = { name: "X-Requested-With", value: "XMLHttpRequest" } as const;

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Checks the request comes from the page and from a signed-in account, then runs `upload` as that account: the role
 * (staff or admin) is checked in the database by `upload` before it reads the body.
 */
export async function answerUpload(request: Request, upload: (actor: Actor) => Promise<UploadedDocument>, status = 201): Promise<Response> {
  try {
    if (request.headers.get(UPLOAD_REQUEST_HEADER.name) !== UPLOAD_REQUEST_HEADER.value) {
      throw new DomainError("bad_request", "Envoyez le fichier depuis la page de téléversement de l'administration.");
    }
    const user = await getCurrentUser();
    if (!user) throw new DomainError("unauthenticated", "Votre session a expiré : reconnectez-vous, puis envoyez de nouveau le fichier.");
    return json({ document: await upload({ userId: user.id }) }, status);
  } catch (error) {
    if (error instanceof DomainError) return json({ error: { code: error.code, message: error.message } }, error.status);
    console.error("Téléversement : erreur interne", error);
    return json({ error: { code: "internal_error", message: "Erreur interne : le fichier n'a pas été enregistré. Réessayez." } }, 500);
  }
}
