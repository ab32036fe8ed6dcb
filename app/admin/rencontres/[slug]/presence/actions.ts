"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { adjustableHalfDays, parseHalfDayAdjustment, setMeetingHalfDays } from "@/lib/attendance/adjustment";

const meetingRef = z.object({ meetingId: z.string().min(1).max(64), slug: z.string().min(1).max(200) });

/** Saves the half-days as ticked and timed in the form, or goes back to the automatic ones (`intent=automatique`). */
export const adjustHalfDaysAction = validatedActionWithUser(meetingRef, "staff", async ({ meetingId, slug }, user, formData) => {
  const automatic = formData.get("intent") === "automatique";
  const input = Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const halfDays = automatic ? null : parseHalfDayAdjustment(input, adjustableHalfDays(db, meetingId).map((half) => half.key));
  setMeetingHalfDays(db, { userId: user.id }, meetingId, halfDays);
  revalidatePath(`/admin/rencontres/${slug}/presence`);
  return { ok: true, message: automatic ? "Demi-journées recalculées automatiquement." : "Demi-journées enregistrées." };
});
