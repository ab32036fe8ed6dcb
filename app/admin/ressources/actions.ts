"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { searchDocuments } from "@/lib/documents/attachments";
import { createReport, updateReport, type ReportFormInput } from "@/lib/publications/editing";
import { renderReportBody, type NumberedLink } from "@/lib/publications/markdown";
import { cancelScheduledPublication, schedulePublication } from "@/lib/publications/schedule";
import { REPORT_TRANSITIONS, transitionReport, type ReportTransition } from "@/lib/publications/workflow";
import { formatDateAtTime } from "@/lib/time";

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

const TRANSITION_DONE: Record<ReportTransition, string> = {
  submit: "Ressource envoyée en relecture.",
  return_to_draft: "Ressource renvoyée en brouillon.",
  publish: "Ressource publiée : elle est visible sur le site, à une adresse désormais fixe.",
  archive: "Ressource archivée : elle n'est plus visible sur le site.",
  republish: "Ressource republiée : elle est de nouveau visible sur le site.",
  submit_version: "Nouvelle version envoyée en relecture.",
  return_version_to_draft: "Nouvelle version renvoyée en brouillon.",
  publish_version: "Nouvelle version publiée : elle remplace la précédente sur le site.",
  discard_version: "Nouvelle version abandonnée : le site garde la version publiée ; ses révisions restent dans l'historique.",
};

export const transitionReportAction = validatedActionWithUser(reportRef.extend({ transition: z.enum(REPORT_TRANSITIONS) }), "staff", async ({ reportId, transition }, user) => {
  transitionReport(db, { userId: user.id }, reportId, transition);
  revalidatePath(`/admin/ressources/${reportId}`);
  return { ok: true, message: TRANSITION_DONE[transition] };
});

export const scheduleReportAction = validatedActionWithUser(
  reportRef.extend({ publishDate: z.string().trim().max(20).default(""), publishTime: z.string().trim().max(10).default("") }),
  "staff",
  async ({ reportId, publishDate, publishTime }, user) => {
    const at = schedulePublication(db, { userId: user.id }, reportId, publishDate, publishTime);
    revalidatePath(`/admin/ressources/${reportId}`);
    return { ok: true, message: `Publication programmée le ${formatDateAtTime(at)} (heure de Paris).` };
  },
);

export const cancelScheduleAction = validatedActionWithUser(reportRef, "staff", async ({ reportId }, user) => {
  cancelScheduledPublication(db, { userId: user.id }, reportId);
  revalidatePath(`/admin/ressources/${reportId}`);
  return { ok: true, message: "Publication programmée annulée." };
});
