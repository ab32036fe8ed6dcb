import { db } from "@/db/client";
import { presentDocument } from "@/lib/api/documents";
import { apiRoute, requireUser } from "@/lib/api/handler";
import { uploadDocument } from "@/lib/documents/upload";

/* One PDF per request, multipart, streamed to disk: the staff role is checked in the database before the body is read. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser(request);
  return Response.json(presentDocument(await uploadDocument(db, { userId: user.id }, request)), { status: 201 });
});
