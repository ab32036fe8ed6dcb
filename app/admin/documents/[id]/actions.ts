"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { deleteDocument, DocumentFields, updateDocument } from "@/lib/documents/editing";

const id = z.string().min(1).max(64);

export const updateDocumentAction = validatedActionWithUser(DocumentFields.extend({ documentId: id }), "staff", async ({ documentId, ...fields }, user, formData) => {
  const themeIds = formData.getAll("themeIds").filter((value): value is string => typeof value === "string");
  const document = updateDocument(db, { userId: user.id }, documentId, { ...fields, themeIds });
  revalidatePath("/admin/documents", "layout");
  return { ok: true, message: `Document « ${document.title} » enregistré.` };
});

export const deleteDocumentAction = validatedActionWithUser(
  z.object({ documentId: id, detach: z.literal("on").optional() }),
  "staff",
  async ({ documentId, detach }, user) => {
    deleteDocument(db, { userId: user.id }, documentId, { detach: detach === "on" });
    revalidatePath("/admin/documents", "layout");
    redirect(`/admin/documents?suppression=${documentId}`);
  },
);
