"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { restoreRevision } from "@/lib/publications/revision-history";
import { formatDateTime } from "@/lib/time";

const id = z.string().min(1).max(64);

/** Restores one revision of a report as its working version; the message says where the restored text now stands. */
export const restoreRevisionAction = validatedActionWithUser(z.object({ reportId: id, revisionId: id }), "staff", async ({ reportId, revisionId }, user) => {
  const outcome = restoreRevision(db, { userId: user.id }, reportId, revisionId);
  revalidatePath(`/admin/ressources/${reportId}`, "layout");
  const restored = `Version ${outcome.restored.number} du ${formatDateTime(outcome.restored.createdAt)} restaurée`;
  const where = outcome.pending
    ? "elle est la version en attente du compte rendu ; le texte publié reste en ligne jusqu'à sa publication."
    : "c'est maintenant le texte du compte rendu.";
  const leftOut = outcome.leftOut.length ? ` Non repris : ${outcome.leftOut.join("\u00a0; ")}.` : "";
  return { ok: true, message: `${restored}\u00a0: ${where}${leftOut}` };
});
