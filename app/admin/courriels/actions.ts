"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { DomainError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { resendFailedEmails } from "@/lib/mail/outbox";

const emailId = z.string().min(1).max(64);
const selection = z.array(emailId).min(1).max(500);

/*
 * One form for the selection (checkboxes "ids") and for each row's button ("un", which wins): the buttons sit in the
 * table, tied to the form by their form attribute.
 */
export const resendAction = validatedActionWithUser(z.object({ un: emailId.optional() }), "staff", async ({ un }, user, formData) => {
  const ids = selection.safeParse(un ? [un] : formData.getAll("ids"));
  if (!ids.success) throw new DomainError("validation_failed", "Cochez au moins un courriel en échec à renvoyer.");
  const requeued = resendFailedEmails(db, { userId: user.id }, ids.data, new Date());
  revalidatePath("/admin/courriels", "layout");
  if (requeued.length === 0) throw new DomainError("conflict", "Aucun de ces courriels n'est plus en échec : la liste a été mise à jour.");
  const message =
    requeued.length === 1
      ? `Le courriel à ${requeued[0]!.to} est remis en file d'envoi, avec tous ses essais.`
      : `${plural(requeued.length, "courriel")} sont remis en file d'envoi, avec tous leurs essais.`;
  return { ok: true, message };
});
