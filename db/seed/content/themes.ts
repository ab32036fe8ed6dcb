import type { ThemeSeed } from "./types";

/** The shared taxonomy, in display order, keyed by slug. */
const themes = {
  "politique-de-la-ville-dsu": {
    name: "Politique de la ville - DSU",
    description:
      "Contrats de ville, géographie prioritaire, ingénierie et pilotage du développement social urbain.",
  },
  "developpement-economique-et-emploi": {
    name: "Développement économique et emploi",
    description:
      "Le pilier « Développement économique et emploi » des contrats de ville : création d'activité, insertion, emplois francs.",
  },
  "egalite-citoyennete-discriminations": {
    name: "Égalité, citoyenneté, discriminations",
    description:
      "Prévention des discriminations, égalité femmes-hommes, valeurs de la République et laïcité.",
  },
  "participation-citoyenne": {
    name: "Participation citoyenne",
    description: "Conseils citoyens, co-construction avec les habitants, démarches participatives.",
  },
  "renouvellement-urbain": {
    name: "Renouvellement urbain",
    description: "Nouveau programme national de renouvellement urbain (NPNRU), cadre de vie, gestion urbaine de proximité.",
  },
  sante: {
    name: "Santé",
    description: "Volet santé des contrats de ville, ateliers santé ville, contrats locaux de santé.",
  },
  education: {
    name: "Éducation",
    description: "Réussite éducative, cités éducatives, enjeux éducatifs des quartiers prioritaires.",
  },
  numerique: {
    name: "Numérique",
    description: "Inclusion numérique, usages, tiers-lieux et médiation numérique dans les quartiers.",
  },
  europe: {
    name: "Europe",
    description: "Fonds européens (FEDER, FSE) et investissements territoriaux intégrés au service des quartiers.",
  },
} satisfies Record<string, ThemeSeed>;

export type ThemeSlug = keyof typeof themes;
export const THEMES: Record<ThemeSlug, ThemeSeed> = themes;
