"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { DomainError } from "@/lib/errors";
import { plural } from "@/lib/format";
import {
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  messageDigest,
  previewRegistrantMessage,
  sendRegistrantMessage,
  type MessagePreview,
} from "@/lib/registrations/messages";
import { REGISTRATION_STATUSES } from "@/lib/registrations/schema";

const messageForm = z.object({
  meetingId: z.string().min(1).max(64),
  slug: z.string().min(1).max(200),
  intent: z.enum(["preview", "send"]),
  subject: z.string().trim().min(1, "Indiquez l'objet du message.").max(MESSAGE_SUBJECT_MAX_LENGTH, "L'objet doit faire 200 caractères au plus."),
  body: z.string().trim().min(1, "Écrivez le message.").max(MESSAGE_BODY_MAX_LENGTH, "Le message doit faire 10 000 caractères au plus."),
  /** One of the ticked boxes (all of them are read below): at least one is. */
  statuts: z.enum(REGISTRATION_STATUSES, "Cochez au moins un statut de destinataires."),
  /** The digest of the preview the send button belongs to. */
  apercu: z.string().max(64).optional(),
});

const statusesField = z.array(z.enum(REGISTRATION_STATUSES));

/**
 * "Prévisualiser" renders the e-mail as it will be sent; "Envoyer" sends it, only if the form still holds what was
 * previewed (otherwise the new preview comes back to be read first).
 */
export const registrantMessageAction = validatedActionWithUser<typeof messageForm, MessagePreview>(
  messageForm,
  "staff",
  async ({ meetingId, slug, intent, subject, body, apercu }, user, formData) => {
    const ticked = statusesField.safeParse(formData.getAll("statuts"));
    if (!ticked.success) throw new DomainError("validation_failed", "Destinataires inconnus : cochez les statuts proposés.", { statuts: "Cochez les statuts proposés." });
    const statuses = [...new Set(ticked.data)];
    const input = { meetingId, statuses, subject, body };
    const actor = { userId: user.id };
    if (intent === "send" && apercu === messageDigest(input)) {
      const message = sendRegistrantMessage(db, actor, input);
      revalidatePath(`/admin/rencontres/${slug}/inscrits`);
      return { ok: true, message: `Message « ${subject} » envoyé à ${plural(message.recipientCount, "personne")} ; les e-mails partent par la file d'envoi.` };
    }
    const values = { subject, body, statuts: statuses.join("\n") };
    const preview = previewRegistrantMessage(db, actor, input);
    return intent === "send"
      ? { error: "Le message a changé depuis l'aperçu : relisez le nouvel aperçu ci-dessous, puis envoyez-le.", result: preview, values }
      : { result: preview, values };
  },
);
