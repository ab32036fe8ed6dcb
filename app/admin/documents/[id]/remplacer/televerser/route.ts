import { db } from "@/db/client";
import { replaceDocumentFile } from "@/lib/documents/upload";
import { answerUpload } from "@/lib/documents/upload-http";

/* The new file of a document, from /admin/documents/[id]/remplacer: same checks, same id and address. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return answerUpload(request, (actor) => replaceDocumentFile(db, actor, id, request), 200);
}
