import type { PersonSeed } from "./types";

/** The one password of every demo account. */
export const DEMO_PASSWORD = "irev-demo-2026";

/**
 * Demo accounts, keyed by e-mail (lower-case, on example.org). All people are fictitious; their organisations are real.
 * membre@example.org has no registration on purpose: tests register them.
 * Given and family names apart, as the sign-up form asks them: "Le Vasseur" (a particle) and "Fontaine-Delcourt"
 * (a compound) sort under L and F.
 * membre01…membre16 fill the demo meetings (membre01…membre14 make `journee-regionale-complete` full with a waitlist).
 */
const people = {
  "admin@example.org": {
    givenName: "Alice",
    familyName: "Administratrice",
    role: "admin",
    organisation: "irev",
    jobTitle: "Administratrice de la plateforme",
    phone: "03 00 00 00 01",
  },
  "equipe@example.org": {
    givenName: "Étienne",
    familyName: "Équipe",
    role: "staff",
    organisation: "irev",
    jobTitle: "Chargé de mission animation du réseau",
    phone: "03 00 00 00 02",
    directory: { email: true, phone: true },
  },
  "membre@example.org": {
    givenName: "Marie",
    familyName: "Membre",
    role: "member",
    organisation: "caLensLievin",
    jobTitle: "Cheffe de projet politique de la ville",
    phone: "03 00 00 00 03",
    directory: { email: true, phone: false },
  },
  "attente@example.org": {
    givenName: "Paul",
    familyName: "Attente",
    role: "pending",
    organisation: "caBeauvaisis",
    jobTitle: "Chargé de mission contrat de ville",
  },

  "membre01@example.org": {
    givenName: "Camille",
    familyName: "Lefebvre",
    role: "member",
    organisation: "valenciennesMetropole",
    jobTitle: "Cheffe de projet politique de la ville",
    phone: "03 00 00 00 11",
    directory: { email: true, phone: true },
  },
  "membre02@example.org": {
    givenName: "Thomas",
    familyName: "Dubois",
    role: "member",
    organisation: "caBethuneBruay",
    jobTitle: "Chargé de mission contrat de ville",
    phone: "03 00 00 00 12",
    directory: { email: true, phone: false },
  },
  "membre03@example.org": {
    givenName: "Sarah",
    familyName: "Martin",
    role: "member",
    organisation: "prefecturePasDeCalais",
    jobTitle: "Déléguée du préfet",
    phone: "03 00 00 00 13",
  },
  "membre04@example.org": {
    givenName: "Nicolas",
    familyName: "Leroy",
    role: "member",
    organisation: "amiensMetropole",
    jobTitle: "Chef de projet renouvellement urbain",
    phone: "03 00 00 00 14",
    directory: { email: true, phone: false },
  },
  "membre05@example.org": {
    givenName: "Julie",
    familyName: "Moreau",
    role: "member",
    organisation: "caSaintQuentinois",
    jobTitle: "Chargée de mission participation citoyenne",
    phone: "03 00 00 00 15",
    directory: { email: true, phone: true },
  },
  "membre06@example.org": {
    givenName: "Antoine",
    familyName: "Lambert",
    role: "member",
    organisation: "ccPaysNoyonnais",
    jobTitle: "Chef de projet politique de la ville",
    phone: "03 00 00 00 16",
    directory: { email: true, phone: false },
  },
  "membre07@example.org": {
    givenName: "Léa",
    familyName: "Fontaine-Delcourt",
    role: "member",
    organisation: "caLensLievin",
    jobTitle: "Coordinatrice atelier santé ville",
    phone: "03 00 00 00 17",
  },
  "membre08@example.org": {
    givenName: "Hugo",
    familyName: "Caron",
    role: "member",
    organisation: "caBoulonnais",
    jobTitle: "Chargé de mission développement économique",
    phone: "03 00 00 00 18",
    directory: { email: true, phone: false },
  },
  "membre09@example.org": {
    givenName: "Manon",
    familyName: "Roussel",
    role: "member",
    organisation: "cuDunkerque",
    jobTitle: "Cheffe de projet contrat de ville",
    phone: "03 00 00 00 19",
    directory: { email: true, phone: true },
  },
  "membre10@example.org": {
    givenName: "Mehdi",
    familyName: "Benali",
    role: "member",
    organisation: "mel",
    jobTitle: "Chargé de mission égalité et prévention des discriminations",
    phone: "03 00 00 00 20",
    directory: { email: true, phone: false },
  },
  "membre11@example.org": {
    givenName: "Claire",
    familyName: "Dupont",
    role: "member",
    organisation: "departementNord",
    jobTitle: "Chargée de mission politique de la ville",
    phone: "03 00 00 00 21",
  },
  "membre12@example.org": {
    givenName: "Karim",
    familyName: "Haddad",
    role: "member",
    organisation: "caDouaisis",
    jobTitle: "Chef de projet politique de la ville",
    phone: "03 00 00 00 22",
    directory: { email: true, phone: false },
  },
  "membre13@example.org": {
    givenName: "Marie-Émilie",
    familyName: "Le Vasseur",
    role: "member",
    organisation: "region",
    jobTitle: "Chargée de mission cohésion sociale",
    phone: "03 00 00 00 23",
    directory: { email: true, phone: false },
  },
  "membre14@example.org": {
    givenName: "Lucas",
    familyName: "Delattre",
    role: "member",
    organisation: "caBeauvaisis",
    jobTitle: "Chef de projet politique de la ville",
    phone: "03 00 00 00 24",
  },
  "membre15@example.org": {
    givenName: "Inès",
    familyName: "Mercier",
    role: "member",
    organisation: "caPorteDuHainaut",
    jobTitle: "Coordinatrice du programme de réussite éducative",
    phone: "03 00 00 00 25",
    directory: { email: true, phone: false },
  },
  "membre16@example.org": {
    givenName: "Romain",
    familyName: "Carlier",
    role: "member",
    organisation: "prefectureSomme",
    jobTitle: "Délégué du préfet",
    phone: "03 00 00 00 26",
  },
} satisfies Record<string, PersonSeed>;

export type PersonEmail = keyof typeof people;
export const PEOPLE: Record<PersonEmail, PersonSeed> = people;
