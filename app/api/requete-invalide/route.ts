import { everyMethod } from "@/lib/api/handler";
import { DomainError } from "@/lib/errors";

/* API addresses that cannot be decoded are rewritten here by next.config.ts: a JSON 400 instead of a bare 500. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE } = everyMethod(async () => {
  throw new DomainError("bad_request", "L'adresse de la requête contient des caractères mal encodés.");
});
