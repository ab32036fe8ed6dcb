"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { AttachmentLabel, attachDocument, detachDocument, moveAttachment, relabelAttachment } from "@/lib/documents/attachments";

const id = z.string().min(1).max(64);
const slug = z.string().min(1).max(200);

function refresh(meetingSlug: string) {
  revalidatePath(`/admin/rencontres/${meetingSlug}/fichiers`);
}

export const attachDocumentAction = validatedActionWithUser(
  z.object({ meetingId: id, slug, documentId: id, label: AttachmentLabel.default("") }),
  "staff",
  async ({ meetingId, slug: meetingSlug, documentId, label }, user) => {
    const attached = attachDocument(db, { userId: user.id }, meetingId, documentId, label);
    refresh(meetingSlug);
    return { ok: true, message: `« ${attached.label ?? attached.title} » joint à la rencontre.` };
  },
);

export const relabelAttachmentAction = validatedActionWithUser(
  z.object({ meetingId: id, slug, attachmentId: id, label: AttachmentLabel.default("") }),
  "staff",
  async ({ meetingId, slug: meetingSlug, attachmentId, label }, user) => {
    const changed = relabelAttachment(db, { userId: user.id }, meetingId, attachmentId, label);
    refresh(meetingSlug);
    return { ok: true, message: `Libellé enregistré : « ${changed.title} ».` };
  },
);

export const moveAttachmentAction = validatedActionWithUser(
  z.object({ meetingId: id, slug, attachmentId: id, direction: z.enum(["up", "down"]) }),
  "staff",
  async ({ meetingId, slug: meetingSlug, attachmentId, direction }, user) => {
    const moved = moveAttachment(db, { userId: user.id }, meetingId, attachmentId, direction);
    refresh(meetingSlug);
    return { ok: true, message: `« ${moved.title} » déplacé en position ${moved.position} sur ${moved.total}.` };
  },
);

export const detachDocumentAction = validatedActionWithUser(
  z.object({ meetingId: id, slug, attachmentId: id }),
  "staff",
  async ({ meetingId, slug: meetingSlug, attachmentId }, user) => {
    const detached = detachDocument(db, { userId: user.id }, meetingId, attachmentId);
    refresh(meetingSlug);
    return { ok: true, message: `« ${detached.title} » n'est plus joint ; le document reste dans la bibliothèque.` };
  },
);
