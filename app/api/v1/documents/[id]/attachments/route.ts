import { db } from "@/db/client";
import { attachmentOwnerBySlug, presentAttachment } from "@/lib/api/documents";
import { apiRoute, readJsonBody, requireUser } from "@/lib/api/handler";
import { AttachmentBody } from "@/lib/api/schemas";
import { attachDocumentTo } from "@/lib/documents/attachments";
import { assertActorRole } from "@/lib/people/actor";

/* Attaches a library document at the end of a meeting's or a report's files. */
export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const user = await requireUser(request);
  assertActorRole(db, { userId: user.id }, "staff");
  const body = await readJsonBody(request, AttachmentBody);
  const attached = attachDocumentTo(db, { userId: user.id }, attachmentOwnerBySlug(db, body), id, body.label ?? "");
  return Response.json(presentAttachment(attached, body), { status: 201 });
});
