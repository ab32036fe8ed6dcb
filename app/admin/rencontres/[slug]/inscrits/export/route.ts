import { db } from "@/db/client";
import { apiRoute } from "@/lib/api/handler";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { findMeetingForStaff } from "@/lib/meetings/staff";
import { EXPORT_FORMATS, exportRegistrants, type ExportFormat } from "@/lib/registrations/export";
import { parseRegistrantSearch, registrantsHref } from "@/lib/registrations/registrant-search";

/**
 * The registrants of a meeting as XLSX (the default) or CSV, with the filters and columns of the Inscrits page's
 * address. Staff only, the role read from the database; refusals as JSON.
 */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Connectez-vous avec un compte de l'équipe pour exporter les inscrits.");
  const found = findMeetingForStaff(db, { userId: user.id }, slug);
  if (!found) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
  const query = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) raw[key] = query.getAll(key);
  const search = parseRegistrantSearch(raw);
  const requested = query.get("format") ?? "xlsx";
  if (!EXPORT_FORMATS.includes(requested as ExportFormat)) throw new DomainError("validation_failed", "Le format d'export est « xlsx » ou « csv ».");
  const format = requested as ExportFormat;
  if ("redirectTo" in found) {
    return Response.redirect(new URL(registrantsHref(`/admin/rencontres/${found.redirectTo}/inscrits/export`, search, { format }), request.url), 308);
  }
  const file = await exportRegistrants(db, { userId: user.id }, found.meeting, search, format);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
