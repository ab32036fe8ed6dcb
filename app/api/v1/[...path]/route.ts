import { everyMethod } from "@/lib/api/handler";
import { DomainError } from "@/lib/errors";

/* Any address under /api/v1/ that no route serves: a JSON 404 like every other API answer, not the HTML page. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE } = everyMethod<{ path: string[] }>(async () => {
  throw new DomainError("not_found", "Cette adresse ne correspond à aucune ressource de l'API v1 : voir /api/v1/openapi.json.");
});
