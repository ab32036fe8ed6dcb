import { revalidateTag } from "next/cache";
import { z } from "zod";
import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { isInternalToken } from "@/lib/cache/invalidate";
import { CACHE_TAG_PATTERN } from "@/lib/cache/tags";
import { DomainError } from "@/lib/errors";

const bodySchema = z.object({ tags: z.array(z.string().regex(CACHE_TAG_PATTERN)).min(1).max(500) });

/** Expires cache tags for writers outside a request (CLI, deadline watch, fixtures), who alone know the bearer. */
export const POST = apiRoute(async (request) => {
  const token = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token || !isInternalToken(token)) throw new DomainError("unauthenticated", "Jeton interne manquant ou invalide.");
  const { tags } = await readJsonBody(request, bodySchema);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
});
