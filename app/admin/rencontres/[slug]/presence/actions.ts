"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { adjustableHalfDays, parseHalfDayAdjustment, setMeetingHalfDays } from "@/lib/attendance/adjustment";
import { issueAttestations } from "@/lib/attendance/attestations";
import { plural } from "@/lib/format";

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

const issueRef = meetingRef.extend({ inscription: z.string().max(64).optional() });

/** Issues the attestations of everyone present, or of one registrant (`inscription`), and says what was done. */
export const issueAttestationsAction = validatedActionWithUser(issueRef, "staff", async ({ meetingId, slug, inscription }, user) => {
  const { issued, updated, unchanged } = issueAttestations(db, { userId: user.id }, meetingId, { registrationId: inscription || undefined });
  revalidatePath(`/admin/rencontres/${slug}/presence`);
  const parts = [
    issued > 0 ? `${plural(issued, "attestation délivrée", "attestations délivrées")}` : null,
    updated > 0 ? `${plural(updated, "attestation mise à jour", "attestations mises à jour")} (même numéro)` : null,
    unchanged > 0 ? `${plural(unchanged, "attestation inchangée", "attestations inchangées")}` : null,
  ].filter(Boolean);
  const told = issued + updated;
  return { ok: true, message: `${parts.join(", ")}.${told > 0 ? ` ${plural(told, "personne prévenue", "personnes prévenues")} par courriel.` : ""}` };
});
