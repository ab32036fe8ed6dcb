/**
 * Who publishes the site: the facts the legal pages (mentions légales, données personnelles, contact) are written
 * from, in one place. `null` marks what only IREV can supply: the pages then say "à compléter" rather than invent it.
 */
export const PUBLISHER = {
  name: "IREV – Institut régional de la ville",
  shortName: "IREV",
  legalForm: "groupement d'intérêt public (GIP)",
  mission: "centre de ressources politique de la ville des Hauts-de-France",
  founders: "l'État et la Région Hauts-de-France",
  city: "Lille",
  /** Demo addresses on example.org, to be replaced by IREV's own. */
  contactEmail: "contact@example.org",
  privacyEmail: "donnees-personnelles@example.org",
  accessibilityEmail: "accessibilite@example.org",
  postalAddress: null,
  phone: null,
  siret: null,
  publicationDirector: null,
  dataProtectionOfficer: null,
  host: null,
  mailProvider: null,
} satisfies Record<string, string | null>;
