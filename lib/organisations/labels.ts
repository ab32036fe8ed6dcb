import type { GipCollege, OrganisationKind } from "./schema";

/** Wording of the "Structure" choice, shared by the server rules and the sign-up form. */

/** The last choice of the list: a structure that is not in it, named freely and attached later by staff. */
export const OTHER_STRUCTURE = "Autre structure";

/** Id of the <datalist> of structures, filled after the page loads (thousands of options, from /api/structures). */
export const STRUCTURES_LIST_ID = "structures";

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  epci: "EPCI (intercommunalité)",
  commune: "Commune",
  etat: "Service de l'État",
  region: "Région",
  departement: "Département",
  association: "Association",
  gip: "GIP",
  autre: "Autre",
};

export const GIP_COLLEGE_LABELS: Record<GipCollege, string> = {
  etat: "État",
  region: "Région",
  epci_communes: "EPCI et communes",
  personnes_qualifiees: "Personnes qualifiées",
};
