"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { AgendaItemInput, deleteAgendaItem, moveAgendaItem, saveAgendaItem } from "@/lib/meetings/programme";

const id = z.string().min(1).max(64);
const slug = z.string().min(1).max(200);

function refresh(meetingSlug: string) {
  revalidatePath(`/admin/rencontres/${meetingSlug}/programme`);
}

/** The speakers typed in the item's form, in their order on screen. */
function speakersFrom(formData: FormData) {
  const [names, functions, organisations] = ["speakerName", "speakerFunction", "speakerOrganisation"].map((key) => formData.getAll(key).map(String));
  return names!.map((name, index) => ({ name, function: functions![index] ?? "", organisationName: organisations![index] ?? "" }));
}

export const saveAgendaItemAction = validatedActionWithUser(
  z.looseObject({ meetingId: id, slug, itemId: z.string().max(64).optional() }),
  "staff",
  async ({ meetingId, slug: meetingSlug, itemId, ...fields }, user, formData) => {
    const input = AgendaItemInput.safeParse({ ...fields, speakers: speakersFrom(formData) }, { error: frenchZodErrors });
    if (!input.success) throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrorsOf(input.error));
    const item = saveAgendaItem(db, { userId: user.id }, meetingId, itemId || null, input.data);
    refresh(meetingSlug);
    return { ok: true, message: itemId ? `« ${item.title} » : modifications enregistrées.` : `« ${item.title} » ajoutée au programme.` };
  },
);

export const moveAgendaItemAction = validatedActionWithUser(
  z.object({ itemId: id, slug, direction: z.enum(["up", "down"]) }),
  "staff",
  async ({ itemId, slug: meetingSlug, direction }, user) => {
    const moved = moveAgendaItem(db, { userId: user.id }, itemId, direction);
    refresh(meetingSlug);
    return { ok: true, message: `« ${moved.title} » déplacée en position ${moved.position} sur ${moved.total}.` };
  },
);

export const deleteAgendaItemAction = validatedActionWithUser(z.object({ itemId: id, slug }), "staff", async ({ itemId, slug: meetingSlug }, user) => {
  const removed = deleteAgendaItem(db, { userId: user.id }, itemId);
  refresh(meetingSlug);
  return { ok: true, message: `« ${removed.title} » retirée du programme.` };
});
