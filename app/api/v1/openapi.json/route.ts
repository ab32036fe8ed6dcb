import { apiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

/* The same for everyone, and only changes with a deployment. */
export const GET = apiRoute(async () => Response.json(openApiDocument, { headers: { "Cache-Control": "public, max-age=300" } }));
