import { db } from "@/db/client";
import { presentDocument } from "@/lib/api/documents";
import { apiRoute, authenticate, readQuery, requireUser } from "@/lib/api/handler";
import { librarySearchOf, presentLibraryDocument } from "@/lib/api/present";
import { DocumentsQuery, type DocumentsPage } from "@/lib/api/schemas";
import { listLibraryDocuments } from "@/lib/documents/library";
import { uploadDocument } from "@/lib/documents/upload";

/* The library as the reader may download it: members-only files only for members and the team. */
export const GET = apiRoute(async (request) => {
  const user = await authenticate(request);
  const query = readQuery(request, DocumentsQuery);
  const result = listLibraryDocuments(db, user?.role ?? null, librarySearchOf(query), query.per_page);
  const page: DocumentsPage = {
    documents: result.items.map(presentLibraryDocument),
    pagination: { page: result.page, per_page: result.perPage, total: result.total },
  };
  return Response.json(page);
});

/* One PDF per request, multipart, streamed to disk: the staff role is checked in the database before the body is read. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser(request);
  return Response.json(presentDocument(await uploadDocument(db, { userId: user.id }, request)), { status: 201 });
});
