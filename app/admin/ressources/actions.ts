"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { searchDocuments } from "@/lib/documents/attachments";
import { createReport, updateReport, type ReportFormInput } from "@/lib/publications/editing";
import { renderReportBody, type NumberedLink } from "@/lib/publications/markdown";

const LISTS = ["themeIds", "attachmentDocumentId", "attachmentLabel"] as const;

/* validatedAction keeps the last value of a repeated field: the lists (themes, attachments in order) are read whole here. */
function formInput(formData: FormData): ReportFormInput {
  const input: ReportFormInput = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  for (const list of LISTS) input[list] = formData.getAll(list).map(String);
  return input;
}

export const createReportAction = validatedActionWithUser(z.object({}), "staff", async (_data, user, formData) => {
  const { id } = createReport(db, { userId: user.id }, formInput(formData));
  revalidatePath("/admin/ressources");
  redirect(`/admin/ressources/${id}?cree=1`);
});

const reportRef = z.object({ reportId: z.string().min(1).max(64) });

export const updateReportAction = validatedActionWithUser(reportRef, "staff", async ({ reportId }, user, formData) => {
  const { changed, pending } = updateReport(db, { userId: user.id }, reportId, formInput(formData));
  revalidatePath(`/admin/ressources/${reportId}`);
  if (!changed) return { ok: true, message: "Aucune modification à enregistrer." };
  return {
    ok: true,
    message: pending
      ? "Nouvelle version enregistrée. Les lecteurs voient la version publiée jusqu'à ce que celle-ci soit publiée."
      : "Modifications enregistrées.",
  };
});

export type BodyPreview = { html: string; links: NumberedLink[] };

/** The body as the public page renders it, for the editor's live preview. */
export const previewReportBodyAction = validatedActionWithUser(z.object({ body: z.string().max(100_000).default("") }), "staff", async ({ body }) => {
  return { ok: true, result: renderReportBody(body) satisfies BodyPreview };
});

export type DocumentChoice = { id: string; title: string; originalFilename: string; visibility: "public" | "members" };

/** Documents of the library to attach, for the editor's search box. */
export const searchReportDocumentsAction = validatedActionWithUser(z.object({ q: z.string().trim().max(200).default("") }), "staff", async ({ q }) => {
  return { ok: true, result: (q ? searchDocuments(db, q) : []) satisfies DocumentChoice[] };
});
