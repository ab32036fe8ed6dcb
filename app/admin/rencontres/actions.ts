"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { DomainError } from "@/lib/errors";
import { publicationReport, publishMeetings, unpublishMeetings } from "@/lib/meetings/publication";

/* One form for the selection: the checkboxes ("ids") sit in the table, the button says which change ("operation"). */
export const publicationAction = validatedActionWithUser(z.object({ operation: z.enum(["publier", "depublier"]) }), "staff", async ({ operation }, user, formData) => {
  const ids = formData.getAll("ids").filter((id): id is string => typeof id === "string");
  const change = operation === "publier" ? "publish" : "unpublish";
  const outcome = (change === "publish" ? publishMeetings : unpublishMeetings)(db, { userId: user.id }, ids);
  revalidatePath("/admin", "layout");
  const report = publicationReport(outcome, change);
  if (!report.done) throw new DomainError("conflict", report.text);
  return { ok: true, message: report.text };
});
