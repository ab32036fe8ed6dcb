"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser, type ActionState } from "@/lib/actions";
import { redirect } from "next/navigation";
import { cancelRegistration, register } from "@/lib/registrations/service";
import { cancellationMessage, cancellationQuery, type CancellationOutcome } from "@/lib/registrations/cancellation";

const ANSWER_PREFIX = "answers.";

/** The answers of the form; a field sent several times (the boxes of a multiple choice) gives the list of its values. */
function answersFrom(formData: FormData): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (!key.startsWith(ANSWER_PREFIX)) continue;
    const values = formData.getAll(key).filter((value) => typeof value === "string");
    answers[key.slice(ANSWER_PREFIX.length)] = values.length === 1 ? values[0]! : values;
  }
  return answers;
}

const meetingRef = { meetingId: z.string().min(1).max(64), slug: z.string().min(1).max(200) };

export const registerAction = validatedActionWithUser(
  z.looseObject({ ...meetingRef, consent: z.literal("on").optional() }),
  "pending",
  async ({ meetingId, slug, consent }, user, formData) => {
    const { registration, created } = register(db, {
      meetingId,
      userId: user.id,
      answers: answersFrom(formData),
      consent: consent === "on",
    });
    revalidatePath(`/rencontres/${slug}`);
    if (!created) return { message: "Vous étiez déjà inscrit(e) : votre inscription n'a pas été dupliquée." };
    const message = {
      confirmed: "Votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé.",
      waitlisted: `La rencontre est complète : vous êtes inscrit(e) sur la liste d'attente, en position ${registration.waitlistPosition}.`,
      pending_approval: "Votre demande d'inscription est enregistrée ; l'équipe de l'IREV vous répondra après examen.",
      refused: "",
      cancelled: "",
    }[registration.status];
    return { ok: true, message };
  },
);

export const cancelAction = validatedActionWithUser(z.object(meetingRef), "pending", async ({ meetingId, slug }, user) => {
  const { promoted, wasWaitlisted } = cancelRegistration(db, { meetingId, userId: user.id });
  revalidatePath(`/rencontres/${slug}`);
  revalidatePath("/mon-espace");
  return { ok: true, message: cancellationMessage({ wasWaitlisted, seatGiven: promoted.length > 0 }) };
});

/**
 * The confirmation page's form, posted without scripts: the outcome is shown by the page it redirects to (post,
 * redirect, get), which holds whatever the server renders, rather than by the state of a form it re-renders.
 */
export const cancelFromPageAction = validatedActionWithUser(z.object(meetingRef), "pending", async ({ meetingId, slug }, user) => {
  const { promoted, wasWaitlisted } = cancelRegistration(db, { meetingId, userId: user.id });
  revalidatePath("/mon-espace");
  const outcome: CancellationOutcome = { wasWaitlisted, seatGiven: promoted.length > 0 };
  redirect(`/rencontres/${encodeURIComponent(slug)}/annuler?${cancellationQuery(outcome)}`);
});

/**
 * The one action of a registration box (and of the registrations in Mon espace): the submit button's `intent`
 * chooses registering or cancelling, so both outcomes land in the same state and the same live region.
 */
export async function registrationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return formData.get("intent") === "cancel" ? cancelAction(previous, formData) : registerAction(previous, formData);
}
