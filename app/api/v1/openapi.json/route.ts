import { apiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/* The same for everyone, and only changes with a deployment. */
export const GET = apiRoute(async () => Response.json(openApiDocument, { headers: { "Cache-Control": "public, max-age=300" } }));
