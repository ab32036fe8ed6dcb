import { z } from "zod";
import { choiceParam, listHref, pageParam, singleValues, textParam } from "@/lib/lists/params";
import { DEPARTMENTS, ORGANISATION_KINDS } from "./schema";

const searchSchema = z.object({
  recherche: textParam,
  type: choiceParam(ORGANISATION_KINDS),
  departement: choiceParam(DEPARTMENTS),
  page: pageParam,
});

/** The filters of /admin/organisations, read by its page, its filter form and its query. */
export type OrganisationSearch = z.infer<typeof searchSchema>;

export function parseOrganisationSearch(raw: Record<string, string | string[] | undefined>): OrganisationSearch {
  return searchSchema.parse(singleValues(raw));
}

export function organisationsHref(search: OrganisationSearch, change: Partial<OrganisationSearch> = {}): string {
  return listHref("/admin/organisations", search, change);
}
