import { z } from "zod";
import { DEPARTMENTS } from "@/lib/organisations/schema";
import { choiceParam, directionParam, listHref, textParam } from "@/lib/lists/params";
import { REGISTRATION_STATUSES } from "./schema";

/** The columns staff may show beside the name; what the page shows is what is exported. */
export const REGISTRANT_COLUMNS = ["email", "organisation", "departement", "statut", "code", "inscription", "consentement", "reponses", "note"] as const;
export type RegistrantColumn = (typeof REGISTRANT_COLUMNS)[number];

export const REGISTRANT_COLUMN_LABELS: Record<RegistrantColumn, string> = {
  email: "Adresse e-mail",
  organisation: "Structure",
  departement: "Département",
  statut: "Statut",
  code: "Code d'inscription",
  inscription: "Date d'inscription",
  consentement: "Consentement à la liste des participants",
  reponses: "Réponses",
  note: "Note de l'équipe",
};

/** Shown when the address chooses no column. */
export const DEFAULT_REGISTRANT_COLUMNS: readonly RegistrantColumn[] = REGISTRANT_COLUMNS.filter((column) => column !== "note");

export const REGISTRANT_SORTS = ["nom", "structure", "date"] as const;
export type RegistrantSort = (typeof REGISTRANT_SORTS)[number];

const searchSchema = z.object({
  q: textParam,
  statut: choiceParam(REGISTRATION_STATUSES),
  structure: textParam,
  departement: choiceParam(DEPARTMENTS),
  tri: choiceParam(REGISTRANT_SORTS),
  ordre: directionParam,
  colonnes: z
    .array(z.string())
    .transform((values) => REGISTRANT_COLUMNS.filter((column) => values.includes(column)))
    .transform((columns) => (columns.length > 0 ? columns : undefined))
    .optional()
    .catch(undefined),
});

/** The registrants filters, read from the Inscrits page's address and from the export's, with the chosen columns. */
export type RegistrantSearch = z.infer<typeof searchSchema>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `colonnes` may repeat (one checkbox each) or hold a comma-separated list; every other parameter reads once. */
export function parseRegistrantSearch(raw: Record<string, string | string[] | undefined>): RegistrantSearch {
  const columns = [raw.colonnes ?? []].flat().flatMap((value) => value.split(","));
  return searchSchema.parse({
    q: first(raw.q),
    statut: first(raw.statut),
    structure: first(raw.structure),
    departement: first(raw.departement),
    tri: first(raw.tri),
    ordre: first(raw.ordre),
    colonnes: columns.length > 0 ? columns : undefined,
  });
}

export function shownColumns(search: RegistrantSearch): readonly RegistrantColumn[] {
  return search.colonnes ?? DEFAULT_REGISTRANT_COLUMNS;
}

type Flat = { format?: string; q?: string; statut?: string; structure?: string; departement?: string; tri?: string; ordre?: string; colonnes?: string };

function flat(search: RegistrantSearch): Flat {
  return { ...search, colonnes: search.colonnes?.join(",") };
}

/** The Inscrits page (or its export, `base` ending in /export) for these filters and columns. */
export function registrantsHref(base: string, search: RegistrantSearch, change: Partial<Flat> = {}): string {
  return listHref(base, flat(search), change);
}
