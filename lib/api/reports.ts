import type { Db } from "@/db/open";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/people/schema";
import { getPublishedReportBySlug, type PublishedReport } from "@/lib/publications/queries";

/*
 * Reports ("publications") in the API, under the page's rules: an unpublished report answers like a missing one;
 * a members-only report is said to exist, and refused to others than members, as its page does.
 */
export function requireReadableReport(db: Db, slug: string, role: Role | null): PublishedReport {
  const result = getPublishedReportBySlug(db, slug, role);
  if (!result) throw new DomainError("not_found", "Aucune publication ne correspond à cet identifiant.");
  if (result.restricted) throw new DomainError("forbidden", "Cette publication est réservée aux membres du réseau.");
  return result;
}
