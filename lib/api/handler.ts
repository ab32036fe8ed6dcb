import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { db } from "@/db/client";
import { auth } from "@/lib/auth/auth";
import { DomainError, fieldErrorsOf, frenchZodErrors, type FieldErrors } from "@/lib/errors";
import { userIdForToken } from "@/lib/api-tokens/service";
import { findActiveUser, type User } from "@/lib/people/service";
import type { ApiErrorCode, ErrorBody } from "./schemas";

/* The one door of every API v1 route: errors as JSON, input validated by zod, callers identified. */

export type RouteContext<Params> = { params: Promise<Params> };
type RouteHandler<Params> = (request: Request, context: RouteContext<Params>) => Promise<Response>;

/* ---------- Errors ---------- */

function errorJson(status: number, code: ApiErrorCode, message: string, fields: FieldErrors = {}): Response {
  const body: ErrorBody = { error: { code, message, ...(Object.keys(fields).length > 0 ? { fields } : {}) } };
  /* RFC 9110: a 401 names the scheme the client should use. */
  const headers = status === 401 ? { "WWW-Authenticate": 'Bearer realm="irev-reseau"' } : undefined;
  return Response.json(body, { status, headers });
}

/** Refusals keep their code, message and status; anything else is a bug, logged and answered with a bare 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof DomainError) return errorJson(error.status, error.code, error.message, error.fieldErrors);
  console.error("API v1 : erreur interne", error);
  return errorJson(500, "internal_error", "Erreur interne.");
}

/** A response that depends on who asks must never be kept by a shared cache. */
function carriesCredentials(request: Request): boolean {
  return request.headers.has("authorization") || request.headers.has("cookie");
}

export function apiRoute<Params = Record<string, never>>(handler: RouteHandler<Params>): RouteHandler<Params> {
  return async (request, context) => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      /* Next's own signals (a build-time prerender giving up on request data) are not errors: let them through. */
      unstable_rethrow(error);
      response = errorResponse(error);
    }
    if (carriesCredentials(request) && !response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

/** One handler for every method, for addresses that answer any request alike (unknown or undecodable ones). */
export function everyMethod<Params>(handler: RouteHandler<Params>) {
  const route = apiRoute(handler);
  return { GET: route, HEAD: route, POST: route, PUT: route, PATCH: route, DELETE: route };
}

/* ---------- Input ---------- */

/** Parses with zod; failures become a 422 `validation_failed` with the message of each field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: frenchZodErrors });
  if (!parsed.success) {
    throw new DomainError("validation_failed", "La requête contient des erreurs : corrigez les champs signalés.", fieldErrorsOf(parsed.error, "body"));
  }
  return parsed.data;
}

/** The largest JSON body the API reads; anything bigger is refused before it can fill the memory. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

function payloadTooLarge(): DomainError {
  return new DomainError("payload_too_large", `Le corps de la requête dépasse la taille maximale de ${MAX_JSON_BODY_BYTES / 1024} Kio.`);
}

/**
 * The body as text, at most MAX_JSON_BODY_BYTES: refused from `Content-Length` before reading anything, and
 * counted while streaming when the length is not declared (or lies), so no more than the limit is ever held.
 */
async function readBodyText(request: Request): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_JSON_BODY_BYTES) throw payloadTooLarge();
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel();
      throw payloadTooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The JSON body, validated; an empty body counts as `{}` so that every field may be left out. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await readBodyText(request);
  let input: unknown = {};
  if (text.trim() !== "") {
    try {
      input = JSON.parse(text);
    } catch {
      throw new DomainError("bad_request", "Le corps de la requête n'est pas un JSON valide.");
    }
  }
  return validate(schema, input);
}

export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return validate(schema, Object.fromEntries(new URL(request.url).searchParams));
}

/* ---------- Callers ---------- */

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF guard for the session cookie: a cross-site HTML form cannot send `Content-Type: application/json`,
 * and a cross-site script cannot either without a CORS preflight, which this API never grants.
 */
export function assertJsonRequest(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new DomainError(
      "bad_request",
      "Avec le cookie de session, les requêtes POST et DELETE doivent porter l'en-tête « Content-Type: application/json ».",
    );
  }
}

/**
 * The caller, with their role as the database knows it now: from `Authorization: Bearer <token>` when the
 * header is present (a bad token is a 401, never a silent downgrade to visitor), else from the session cookie.
 */
export async function authenticate(request: Request): Promise<User | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = BEARER.exec(authorization)?.[1];
    const userId = token ? userIdForToken(db, token) : null;
    const user = userId ? findActiveUser(db, userId) : undefined;
    if (!user) throw new DomainError("unauthenticated", "Jeton d'accès invalide ou révoqué.");
    return user;
  }
  const session = await auth();
  const user = session?.user?.id ? findActiveUser(db, session.user.id) : undefined;
  if (!user) return null;
  assertJsonRequest(request);
  return user;
}

export async function requireUser(request: Request): Promise<User> {
  const user = await authenticate(request);
  if (!user) {
    throw new DomainError(
      "unauthenticated",
      "Authentification requise : connectez-vous ou envoyez un jeton d'accès (en-tête « Authorization: Bearer … »).",
    );
  }
  return user;
}
