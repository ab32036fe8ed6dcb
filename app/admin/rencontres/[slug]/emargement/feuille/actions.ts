"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { markAttendanceFromSheet } from "@/lib/attendance/check-in";
import { plural } from "@/lib/format";

const id = z.string().min(1).max(64);
const halfDayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}:(am|pm)$/);

/*
 * The grid of the paper sheet: every registrant shown ("inscrits") × every half-day ("demiJournees"), present when
 * the box "presence" = "<registration id>|<half-day>" is ticked. Saved in one transaction.
 */
export const sheetAction = validatedActionWithUser(z.object({ meetingId: id, slug: z.string().min(1).max(200) }), "staff", async ({ meetingId, slug }, user, formData) => {
  const registrationIds = z.array(id).max(5000).parse(formData.getAll("inscrits"));
  const halfDays = z.array(halfDayKey).max(60).parse(formData.getAll("demiJournees"));
  const ticked = new Set(formData.getAll("presence").map(String));
  const marks = registrationIds.flatMap((registrationId) => halfDays.map((halfDay) => ({ registrationId, halfDay, present: ticked.has(`${registrationId}|${halfDay}`) })));
  const changed = markAttendanceFromSheet(db, { userId: user.id }, { meetingId, marks });
  revalidatePath(`/admin/rencontres/${slug}/emargement/feuille`);
  return { ok: true, message: changed === 0 ? "Aucun changement : les présences étaient déjà celles-ci." : `Présences enregistrées : ${plural(changed, "changement")}.` };
});
