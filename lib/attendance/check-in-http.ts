import "server-only";
import { z } from "zod";
import { db } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { findMeetingForStaff } from "@/lib/meetings/staff";
import type { Actor } from "@/lib/people/actor";
import { CHECK_IN_REQUEST_HEADER } from "./check-in-search";

/*
 * The JSON door of the check-in page's routes (marks, walk-ins, accessibility needs): the page's offline queue
 * replays plain requests and reads stable codes, `{error: {code, message}}` on refusal, never an HTML page, never cached.
 */

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Checks the request comes from the check-in page and from a signed-in account, finds the meeting by its slug (the
 * staff role read from the database there), then runs `work`, which checks the role again inside its transaction.
 */
export async function answerCheckIn(request: Request, slug: string, work: (actor: Actor, meetingId: string) => unknown): Promise<Response> {
  try {
    if (request.headers.get(CHECK_IN_REQUEST_HEADER.name) !== CHECK_IN_REQUEST_HEADER.value) {
      throw new DomainError("bad_request", "Envoyez cette demande depuis la page d'émargement.");
    }
    const user = await getCurrentUser();
    if (!user) throw new DomainError("unauthenticated", "Votre session a expiré : reconnectez-vous, les marquages en attente seront envoyés ensuite.");
    const actor = { userId: user.id };
    const found = findMeetingForStaff(db, actor, slug);
    if (!found || !("meeting" in found)) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
    return json(await work(actor, found.meeting.id));
  } catch (error) {
    if (error instanceof DomainError) return json({ error: { code: error.code, message: error.message, ...(Object.keys(error.fieldErrors).length > 0 ? { fields: error.fieldErrors } : {}) } }, error.status);
    console.error("Émargement : erreur interne", error);
    return json({ error: { code: "internal_error", message: "Erreur interne : réessayez." } }, 500);
  }
}

const halfDayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}:(am|pm)$/, "Demi-journée invalide.");
const idempotencyKey = z.uuid("Clé de marquage invalide.");

export const markBody = z.strictObject({
  idempotencyKey,
  registrationId: z.string().min(1).max(64),
  halfDay: halfDayKey,
  present: z.boolean(),
  markedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
});

export const walkInBody = z.strictObject({
  idempotencyKey,
  halfDay: halfDayKey,
  givenName: z.string().trim().min(1, "Indiquez le prénom.").max(100),
  familyName: z.string().trim().min(1, "Indiquez le nom.").max(100),
  email: z.email("Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.").max(254),
  organisation: z.string().trim().max(200).default(""),
});
