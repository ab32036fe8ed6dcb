import { apiRoute } from "@/lib/api/handler";
import { DomainError } from "@/lib/errors";

/* API addresses that cannot be decoded are rewritten here by next.config.ts: a JSON 400 instead of a bare 500. */

const badRequest = apiRoute(async () => {
  throw new DomainError("bad_request", "L'adresse de la requête contient des caractères mal encodés.");
});

export const GET = badRequest;
export const HEAD = badRequest;
export const POST = badRequest;
export const PUT = badRequest;
export const PATCH = badRequest;
export const DELETE = badRequest;
