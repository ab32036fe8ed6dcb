"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { moveQuestion, removeQuestion, saveQuestion } from "@/lib/meetings/questions";

const id = z.string().min(1).max(64);
const slug = z.string().min(1).max(200);

function refresh(meetingSlug: string) {
  revalidatePath(`/admin/rencontres/${meetingSlug}/questions`);
}

export const saveQuestionAction = validatedActionWithUser(
  z.object({
    meetingId: id,
    slug,
    questionId: z.string().max(64).optional(),
    label: z.string(),
    kind: z.string(),
    required: z.literal("on").optional(),
    help: z.string().default(""),
    options: z.string().max(20_000).default(""),
    confirm: z.literal("on").optional(),
  }),
  "staff",
  async ({ meetingId, slug: meetingSlug, questionId, required, options, confirm, ...fields }, user) => {
    const saved = saveQuestion(
      db,
      { userId: user.id },
      meetingId,
      questionId || null,
      { ...fields, required: required === "on", options: options.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) },
      confirm === "on",
    );
    refresh(meetingSlug);
    return { ok: true, message: questionId ? `« ${saved.label} » : modifications enregistrées.` : `Question « ${saved.label} » ajoutée.` };
  },
);

export const moveQuestionAction = validatedActionWithUser(
  z.object({ meetingId: id, questionId: id, slug, direction: z.enum(["up", "down"]) }),
  "staff",
  async ({ meetingId, questionId, slug: meetingSlug, direction }, user) => {
    const moved = moveQuestion(db, { userId: user.id }, meetingId, questionId, direction);
    refresh(meetingSlug);
    return { ok: true, message: `« ${moved.title} » déplacée en position ${moved.position} sur ${moved.total}.` };
  },
);

export const removeQuestionAction = validatedActionWithUser(
  z.object({ meetingId: id, questionId: id, slug }),
  "staff",
  async ({ meetingId, questionId, slug: meetingSlug }, user) => {
    const { label, retired } = removeQuestion(db, { userId: user.id }, meetingId, questionId);
    refresh(meetingSlug);
    return {
      ok: true,
      message: retired ? `« ${label} » n'est plus posée ; les réponses déjà données sont conservées.` : `Question « ${label} » supprimée.`,
    };
  },
);
