import { formatClockTime, formatDays } from "@/lib/settings/format";
import { DEFAULT_SETTINGS, type Settings, type SettingsGroup } from "@/lib/settings/registry";

/** How one setting is asked for: its label, an example or format, and whether it may stay empty. */
export type SettingField = { name: string; label: string; hint?: string; required?: boolean; type?: "email" | "tel" | "number"; multiline?: boolean };

type GroupForm<G extends SettingsGroup> = {
  legend: string;
  /** What the form's button says, after "Enregistrer". */
  saveLabel: string;
  description: string;
  fields: (SettingField & { name: keyof Settings[G] & string })[];
};

const { halfDays, retention, signInSheet } = DEFAULT_SETTINGS;
const hourHint = (example: string, byDefault: string) => `Format HH:MM, par exemple ${example} ; par défaut : ${formatClockTime(byDefault)}.`;
const daysHint = (byDefault: number) => `Nombre entier de 1 à 3 650 ; par défaut : ${formatDays(byDefault)}.`;

const EMPTY_MEANS_TO_COMPLETE = "Vide : les pages légales affichent « à compléter ».";

/** The forms of /admin/parametres, one per group of settings, in the order of the page. */
export const SETTINGS_FORMS: { [G in SettingsGroup]: GroupForm<G> } = {
  identity: {
    legend: "Identité de l'IREV",
    saveLabel: "l'identité",
    description: "Ce que disent les pages Mentions légales, Données personnelles, Contact et Accessibilité.",
    fields: [
      { name: "name", label: "Nom de l'organisme", required: true, hint: "Par exemple : IREV – Institut régional de la ville." },
      { name: "shortName", label: "Nom court", required: true, hint: "Par exemple : IREV." },
      { name: "legalForm", label: "Forme juridique", required: true, hint: "Par exemple : groupement d'intérêt public (GIP)." },
      { name: "mission", label: "Mission", required: true, hint: "En une phrase, sans majuscule initiale : elle suit le nom." },
      { name: "founders", label: "Membres fondateurs", required: true, hint: "Par exemple : l'État et la Région Hauts-de-France." },
      { name: "city", label: "Ville du siège", required: true, hint: "Par exemple : Lille." },
      { name: "postalAddress", label: "Adresse postale du siège", hint: `Numéro, rue, code postal et ville, par exemple : 2 rue de Tournai, 59000 Lille. ${EMPTY_MEANS_TO_COMPLETE}` },
      { name: "phone", label: "Téléphone", type: "tel", hint: `Par exemple : 03 20 00 00 00. ${EMPTY_MEANS_TO_COMPLETE}` },
      { name: "siret", label: "Numéro SIRET", hint: `14 chiffres. ${EMPTY_MEANS_TO_COMPLETE}` },
      { name: "contactEmail", label: "Adresse e-mail de contact", type: "email", required: true, hint: "Par exemple : contact@irev.fr." },
      { name: "privacyEmail", label: "Adresse e-mail pour les données personnelles", type: "email", required: true, hint: "Par exemple : donnees-personnelles@irev.fr." },
      { name: "accessibilityEmail", label: "Adresse e-mail pour l'accessibilité", type: "email", required: true, hint: "Par exemple : accessibilite@irev.fr." },
      { name: "publicationDirector", label: "Directeur ou directrice de la publication", hint: `Nom et qualité. ${EMPTY_MEANS_TO_COMPLETE}` },
      { name: "dataProtectionOfficer", label: "Délégué ou déléguée à la protection des données", hint: `Nom ou organisme désigné auprès de la CNIL. ${EMPTY_MEANS_TO_COMPLETE}` },
      { name: "host", label: "Hébergeur", multiline: true, hint: `Nom, adresse et téléphone. ${EMPTY_MEANS_TO_COMPLETE}` },
      { name: "mailProvider", label: "Prestataire d'envoi des e-mails", hint: EMPTY_MEANS_TO_COMPLETE },
    ],
  },
  signatory: {
    legend: "Signataire des attestations",
    saveLabel: "le signataire",
    description: "La personne qui signe les attestations de présence.",
    fields: [
      { name: "name", label: "Prénom et nom", hint: "Par exemple : Camille Martin. Vide : « à compléter » sur les attestations." },
      { name: "role", label: "Fonction", hint: "Par exemple : directrice de l'IREV." },
    ],
  },
  halfDays: {
    legend: "Horaires des demi-journées",
    saveLabel: "les horaires",
    description: "Les horaires d'une matinée et d'un après-midi, sauf si le programme d'une rencontre en indique d'autres.",
    fields: [
      { name: "morningStart", label: "Début de la matinée", required: true, hint: `${hourHint("09:00", halfDays.morningStart)} « 9 h 30 » est aussi compris.` },
      { name: "morningEnd", label: "Fin de la matinée", required: true, hint: hourHint("12:30", halfDays.morningEnd) },
      { name: "afternoonStart", label: "Début de l'après-midi", required: true, hint: hourHint("13:30", halfDays.afternoonStart) },
      { name: "afternoonEnd", label: "Fin de l'après-midi", required: true, hint: hourHint("17:00", halfDays.afternoonEnd) },
    ],
  },
  signInSheet: {
    legend: "Feuille d'émargement",
    saveLabel: "la feuille d'émargement",
    description: "Ce que la feuille d'émargement imprimée prévoit pour les personnes inscrites sur place.",
    fields: [
      {
        name: "blankRows",
        label: "Lignes vides numérotées",
        type: "number",
        required: true,
        hint: `Nombre entier de 0 à 100, à la suite des inscrits ; par défaut : ${signInSheet.blankRows}.`,
      },
    ],
  },
  mail: {
    legend: "Expéditeur des e-mails",
    saveLabel: "l'expéditeur",
    description: "Ce que les personnes voient comme expéditeur des e-mails du site.",
    fields: [
      { name: "senderName", label: "Nom de l'expéditeur", required: true, hint: "Par exemple : IREV – Réseau politique de la ville." },
      { name: "senderAddress", label: "Adresse d'expédition", type: "email", required: true, hint: "Une adresse que le serveur d'envoi (SMTP) accepte, par exemple ne-pas-repondre@irev.fr." },
      { name: "replyTo", label: "Adresse de réponse", type: "email", hint: "Où vont les réponses, par exemple contact@irev.fr. Vide : à l'adresse d'expédition." },
    ],
  },
  retention: {
    legend: "Durées de conservation",
    saveLabel: "les durées",
    description: "Combien de temps le site garde les traces de ses envois et de ses tâches, en jours (de 1 à 3 650), et le registre des attestations de présence, en années.",
    fields: [
      { name: "sentEmailsDays", label: "E-mails envoyés, en jours", type: "number", required: true, hint: daysHint(retention.sentEmailsDays) },
      { name: "failedEmailsDays", label: "E-mails non distribués, en jours", type: "number", required: true, hint: daysHint(retention.failedEmailsDays) },
      { name: "jobRunsDays", label: "Journal des tâches planifiées, en jours", type: "number", required: true, hint: daysHint(retention.jobRunsDays) },
      {
        name: "attestationsYears",
        label: "Registre des attestations de présence, en années",
        type: "number",
        required: true,
        hint: `Nombre entier de 1 à 50, compté depuis la date de délivrance, même si l'inscription est supprimée entre-temps ; par défaut : ${retention.attestationsYears} ans.`,
      },
    ],
  },
};

/** A group's values as a form shows them: text, and empty for what is not supplied. */
export function formValues(values: Record<string, string | number | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === null ? "" : String(value)]));
}
