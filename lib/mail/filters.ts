import { z } from "zod";
import { choiceParam, listHref, pageParam, singleValues, textParam } from "@/lib/lists/params";
import { EMAIL_KINDS, OUTBOX_STATUSES } from "./schema";

const searchSchema = z.object({
  statut: choiceParam(OUTBOX_STATUSES),
  type: choiceParam(EMAIL_KINDS),
  destinataire: textParam,
  page: pageParam,
});

/** The outbox filters, as typed in /admin/courriels's address and read by its page, its filter form and its query. */
export type OutboxSearch = z.infer<typeof searchSchema>;

export function parseOutboxSearch(raw: Record<string, string | string[] | undefined>): OutboxSearch {
  return searchSchema.parse(singleValues(raw));
}

/** The outbox address for these filters; any change of filter goes back to the first page. */
export function outboxHref(search: OutboxSearch, change: Partial<OutboxSearch> = {}): string {
  return listHref("/admin/courriels", search, change);
}
