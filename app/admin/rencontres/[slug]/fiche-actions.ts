"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser, type ActionState } from "@/lib/actions";
import { DomainError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { cancelMeetingByIrev } from "@/lib/meetings/changes";
import { duplicateMeeting } from "@/lib/meetings/duplicate";
import { createMeeting, deleteDraftMeeting, meetingFormValues, updateMeeting, type MeetingFormInput } from "@/lib/meetings/editing";
import { publicationReport, publishMeetings, unpublishMeetings, type PublicationChange, type PublicationOutcome } from "@/lib/meetings/publication";
import { registrationCounts } from "@/lib/registrations/queries";

const GROUPS = ["themeIds", "partnerIds"] as const;

/* validatedAction keeps the last value of a repeated field: the checkbox groups are read whole here. */
function formInput(formData: FormData): MeetingFormInput {
  const input: MeetingFormInput = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  for (const group of GROUPS) input[group] = formData.getAll(group).map(String);
  return input;
}

/** What was typed, as the form reads it back (groups joined by commas). */
function typed(input: MeetingFormInput): Record<string, string> {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : (value ?? "")]));
}

/** Refusals of the meeting form, with everything typed, checkbox groups included. */
function refused(error: unknown, input: MeetingFormInput): ActionState {
  if (error instanceof DomainError) return { error: error.message, fieldErrors: error.fieldErrors, values: typed(input) };
  throw error;
}

export const createMeetingAction = validatedActionWithUser(z.object({}), "staff", async (_data, user, formData) => {
  const input = formInput(formData);
  let slug: string;
  try {
    slug = createMeeting(db, { userId: user.id }, input).slug;
  } catch (error) {
    return refused(error, input);
  }
  redirect(`/admin/rencontres/${slug}?cree=1`);
});

const meetingRef = z.object({ meetingId: z.string().min(1).max(64) });

export const updateMeetingAction = validatedActionWithUser(meetingRef, "staff", async ({ meetingId }, user, formData) => {
  const input = formInput(formData);
  let result: ReturnType<typeof updateMeeting>;
  try {
    result = updateMeeting(db, { userId: user.id }, meetingId, input);
  } catch (error) {
    return refused(error, input);
  }
  const { meeting, notified, slugChanged } = result;
  if (slugChanged) redirect(`/admin/rencontres/${meeting.slug}?enregistre=1`);
  revalidatePath(`/admin/rencontres/${meeting.slug}`);
  const confirmed = registrationCounts(db, [meeting.id]).get(meeting.id)!.confirmed;
  const messages = ["Modifications enregistrées."];
  if (notified > 0) messages.push(`${plural(notified, "inscrit")} ${notified > 1 ? "prévenus" : "prévenu"} par courriel.`);
  if (meeting.capacity !== null && confirmed > meeting.capacity) {
    messages.push(`${confirmed} personnes sont déjà confirmées : elles le restent ; les nouvelles inscriptions iront en liste d'attente.`);
  }
  return { ok: true, message: messages.join(" "), values: { ...meetingFormValues(db, meeting), notify: "on" } };
});

/** The outcome of publish / unpublish: the message of success, or why the meeting was left as it was. */
function publicationOutcome(outcome: PublicationOutcome, change: PublicationChange, done: string): ActionState {
  const report = publicationReport(outcome, change);
  return report.done ? { ok: true, message: done } : { error: report.text };
}

const slugRef = meetingRef.extend({ slug: z.string().min(1).max(200) });

export const publishMeetingAction = validatedActionWithUser(slugRef, "staff", async ({ meetingId, slug }, user) => {
  const outcome = publicationOutcome(publishMeetings(db, { userId: user.id }, [meetingId], new Date()), "publish", "Rencontre publiée : elle est visible sur le site, à une adresse désormais fixe.");
  revalidatePath(`/admin/rencontres/${slug}`);
  return outcome;
});

export const unpublishMeetingAction = validatedActionWithUser(slugRef, "staff", async ({ meetingId, slug }, user) => {
  const outcome = publicationOutcome(unpublishMeetings(db, { userId: user.id }, [meetingId], new Date()), "unpublish", "Rencontre dépubliée : elle redevient un brouillon.");
  revalidatePath(`/admin/rencontres/${slug}`);
  return outcome;
});

export const duplicateMeetingAction = validatedActionWithUser(meetingRef, "staff", async ({ meetingId }, user) => {
  const copy = duplicateMeeting(db, { userId: user.id }, meetingId);
  redirect(`/admin/rencontres/${copy.slug}?copie=1`);
});

export const deleteDraftAction = validatedActionWithUser(meetingRef, "staff", async ({ meetingId }, user) => {
  deleteDraftMeeting(db, { userId: user.id }, meetingId);
  redirect("/admin/rencontres?supprimee=1");
});

export const cancelMeetingAction = validatedActionWithUser(
  meetingRef.extend({ reason: z.string().trim().min(1, "Écrivez le message d'annulation : il est envoyé aux inscrits et affiché sur la page.").max(1000, "1 000 caractères au plus.") }),
  "staff",
  async ({ meetingId, reason }, user) => {
    const { meeting, notified } = cancelMeetingByIrev(db, { meetingId, actor: { userId: user.id }, reason });
    redirect(`/admin/rencontres/${meeting.slug}?annulee=${notified}`);
  },
);
