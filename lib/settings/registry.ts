import { z } from "zod";

/* Optional text: an empty field means "not supplied yet" (the legal pages then say "à compléter"). */
const TOO_LONG = "300 caractères au plus.";
const optionalText = z.string().trim().max(300, TOO_LONG).transform((value) => value || null).nullable();
const requiredText = (label: string) => z.string().trim().min(1, `Indiquez ${label}.`).max(300, TOO_LONG);
/* Trimmed before it is checked: a space copied with the address is not an error. */
const email = z.string().trim().toLowerCase().pipe(z.email("Indiquez une adresse e-mail valide, par exemple contact@irev.fr."));
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/* "09:00", and the French ways of writing it ("9 h", "9 h 30", "9h30"), stored as HH:MM. */
export const clockTime = z
  .string()
  .trim()
  .transform((value) => {
    const match = /^(\d{1,2})\s*(?:[:h]\s*(\d{2})?)$/i.exec(value);
    return match ? `${match[1]?.padStart(2, "0")}:${match[2] ?? "00"}` : value;
  })
  .pipe(z.string().regex(CLOCK_TIME, "Indiquez une heure au format HH:MM, par exemple 09:00 ou 13:30."));
const days = z.coerce.number({ error: "Indiquez un nombre entier de jours, par exemple 365." }).int("Indiquez un nombre entier de jours.").min(1, "Au moins 1 jour.").max(3650, "Au plus 3 650 jours (10 ans).");

/**
 * Every setting admins can change, by group (one row each in the `settings` table), with its type, its checks and its
 * default. Defaults are what the site says until IREV supplies its own: demo addresses on example.org, and null for
 * what only IREV knows.
 */
export const SETTINGS_GROUPS = {
  identity: z.object({
    name: requiredText("le nom de l'organisme"),
    shortName: requiredText("le nom court"),
    legalForm: requiredText("la forme juridique"),
    mission: requiredText("la mission"),
    founders: requiredText("les membres fondateurs"),
    city: requiredText("la ville du siège"),
    postalAddress: optionalText,
    phone: optionalText,
    siret: optionalText,
    contactEmail: email,
    privacyEmail: email,
    accessibilityEmail: email,
    publicationDirector: optionalText,
    dataProtectionOfficer: optionalText,
    host: optionalText,
    mailProvider: optionalText,
  }),
  signatory: z.object({ name: optionalText, role: optionalText }),
  halfDays: z
    .object({ morningStart: clockTime, morningEnd: clockTime, afternoonStart: clockTime, afternoonEnd: clockTime })
    .superRefine((hours, context) => {
      /* HH:MM strings compare as times. Each bound is checked against the one before it, when both are well written. */
      const order = [
        ["morningEnd", "morningStart", "La fin de la matinée doit venir après son début."],
        ["afternoonStart", "morningEnd", "L'après-midi doit commencer après la fin de la matinée."],
        ["afternoonEnd", "afternoonStart", "La fin de l'après-midi doit venir après son début."],
      ] as const;
      for (const [later, earlier, message] of order) {
        const comparable = CLOCK_TIME.test(hours[later]) && CLOCK_TIME.test(hours[earlier]);
        if (comparable && hours[later] <= hours[earlier]) context.addIssue({ code: "custom", path: [later], message });
      }
    }),
  signInSheet: z.object({
    blankRows: z.coerce
      .number({ error: "Indiquez un nombre entier de lignes, par exemple 10." })
      .int("Indiquez un nombre entier de lignes.")
      .min(0, "Au moins 0 ligne.")
      .max(100, "Au plus 100 lignes."),
  }),
  mail: z.object({ senderName: requiredText("le nom de l'expéditeur"), senderAddress: email, replyTo: email.nullable().or(z.literal("").transform(() => null)) }),
  retention: z.object({
    sentEmailsDays: days,
    failedEmailsDays: days,
    jobRunsDays: days,
    attestationsYears: z.coerce.number({ error: "Indiquez un nombre entier d'années, par exemple 10." }).int("Indiquez un nombre entier d'années.").min(1, "Au moins 1 an.").max(50, "Au plus 50 ans."),
  }),
} as const;

export type SettingsGroup = keyof typeof SETTINGS_GROUPS;
export type Settings = { [G in SettingsGroup]: z.output<(typeof SETTINGS_GROUPS)[G]> };

export const DEFAULT_SETTINGS: Settings = {
  identity: {
    name: "IREV – Institut régional de la ville",
    shortName: "IREV",
    legalForm: "groupement d'intérêt public (GIP)",
    mission: "centre de ressources politique de la ville des Hauts-de-France",
    founders: "l'État et la Région Hauts-de-France",
    city: "Lille",
    postalAddress: null,
    phone: null,
    siret: null,
    contactEmail: "contact@example.org",
    privacyEmail: "donnees-personnelles@example.org",
    accessibilityEmail: "accessibilite@example.org",
    publicationDirector: null,
    dataProtectionOfficer: null,
    host: null,
    mailProvider: null,
  },
  signatory: { name: null, role: null },
  /* Unless a meeting's programme says otherwise. */
  halfDays: { morningStart: "09:00", morningEnd: "12:30", afternoonStart: "13:30", afternoonEnd: "17:00" },
  /* Numbered empty rows at the end of a sign-in sheet, for people registered at the door. */
  signInSheet: { blankRows: 10 },
  mail: { senderName: "IREV – Réseau politique de la ville", senderAddress: "ne-pas-repondre@example.org", replyTo: null },
  /*
   * The register of attestations: 10 years, the longest period their users may have to prove a training or an
   * expense (accounting records of funders and employers, Code de commerce L123-22; audits of training funds).
   */
  retention: { sentEmailsDays: 365, failedEmailsDays: 730, jobRunsDays: 90, attestationsYears: 10 },
};
