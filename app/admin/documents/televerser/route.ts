import { db } from "@/db/client";
import { uploadDocument } from "@/lib/documents/upload";
import { answerUpload } from "@/lib/documents/upload-http";

/* One PDF per request from /admin/documents/nouveau: a new library document. */
export function POST(request: Request): Promise<Response> {
  return answerUpload(request, (actor) => uploadDocument(db, actor, request));
}
