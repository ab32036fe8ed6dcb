import { z } from "zod";
import { EMAIL_KINDS, OUTBOX_STATUSES } from "./schema";

/* Unknown or malformed values are dropped rather than refused: a stale link still shows the outbox. */
const searchSchema = z.object({
  statut: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  type: z.enum(EMAIL_KINDS).optional().catch(undefined),
  destinataire: z
    .string()
    .trim()
    .max(200)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The outbox filters, as typed in /admin/courriels's address and read by its page, its filter form and its query. */
export type OutboxSearch = z.infer<typeof searchSchema>;

export function parseOutboxSearch(raw: Record<string, string | string[] | undefined>): OutboxSearch {
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return searchSchema.parse(single);
}

/** The outbox address for these filters; any change of filter goes back to the first page. */
export function outboxHref(search: OutboxSearch, change: Partial<OutboxSearch> = {}): string {
  const merged = { ...search, page: undefined, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") params.set(key, String(value));
  const query = params.toString();
  return query ? `/admin/courriels?${query}` : "/admin/courriels";
}
