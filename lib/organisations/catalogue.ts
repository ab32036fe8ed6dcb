import type { Department, OrganisationKind } from "./schema";
import territories from "./territories.json" with { type: "json" };

/** A structure people can pick at sign-up, whether or not it is already an organisation of the database. */
export type CatalogueEntry = {
  /** What the list shows and the form sends; unique. Communes carry their department: "Noyon (60)". */
  label: string;
  kind: OrganisationKind;
  department: Department | null;
  code: string | null;
  city: string | null;
};

const DEPARTMENT_NAMES: Record<Department, { of: string; name: string }> = {
  "02": { of: "de l'Aisne", name: "Aisne" },
  "59": { of: "du Nord", name: "Nord" },
  "60": { of: "de l'Oise", name: "Oise" },
  "62": { of: "du Pas-de-Calais", name: "Pas-de-Calais" },
  "80": { of: "de la Somme", name: "Somme" },
};
const DEPARTMENT_CODES = Object.keys(DEPARTMENT_NAMES) as Department[];

const institution = (label: string, kind: OrganisationKind, department: Department | null): CatalogueEntry => ({
  label,
  kind,
  department,
  code: null,
  city: null,
});

/*
 * The Region, the Departments and the State services that sign the contrats de ville or work with them, named as
 * the organisations seeded from IREV's pages are. Associations are those IREV already knows (the database); any
 * other structure is "Autre structure", which staff can later attach to a real organisation.
 */
const INSTITUTIONS: CatalogueEntry[] = [
  institution("Conseil régional Hauts-de-France", "region", "59"),
  ...DEPARTMENT_CODES.map((d) => institution(`Département ${DEPARTMENT_NAMES[d].of}`, "departement", d)),
  institution("Préfecture de la région Hauts-de-France – SGAR", "etat", "59"),
  ...DEPARTMENT_CODES.map((d) => institution(`Préfecture ${DEPARTMENT_NAMES[d].of}`, "etat", d)),
  institution("DREETS Hauts-de-France (direction régionale de l'économie, de l'emploi, du travail et des solidarités)", "etat", "59"),
  ...DEPARTMENT_CODES.map((d) => institution(`DDETS ${DEPARTMENT_NAMES[d].of} (direction départementale de l'emploi, du travail et des solidarités)`, "etat", d)),
  institution("Agence régionale de santé Hauts-de-France", "etat", "59"),
  institution("Rectorat de l'académie de Lille", "etat", "59"),
  institution("Rectorat de l'académie d'Amiens", "etat", "80"),
  institution("Agence nationale de la cohésion des territoires (ANCT)", "etat", null),
];

let catalogue: CatalogueEntry[] | undefined;

/** Institutions, then the EPCI and communes of the five departments (from @etalab/decoupage-administratif). */
export function structureCatalogue(): CatalogueEntry[] {
  catalogue ??= [
    ...INSTITUTIONS,
    ...territories.epci.map((e) => ({ label: e.name, kind: "epci" as const, department: e.department as Department, code: e.code, city: null })),
    ...territories.communes.map((c) => ({
      label: `${c.name} (${c.department})`,
      kind: "commune" as const,
      department: c.department as Department,
      code: c.code,
      city: c.name,
    })),
  ];
  return catalogue;
}
