import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "L'adresse e-mail est trop longue.")
  .email("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");

export const passwordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`)
  .max(200, "Le mot de passe est trop long.");

export const givenNameField = z.string().trim().min(1, "Saisissez votre prénom.").max(60, "Le prénom est trop long (60 caractères au plus).");
export const familyNameField = z.string().trim().min(1, "Saisissez votre nom.").max(80, "Le nom est trop long (80 caractères au plus).");

/** Given and family name, as two fields: lists sort by the family name ("DUPONT Jean"). */
export const nameFields = { givenName: givenNameField, familyName: familyNameField };

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const jobTitleField = optionalText(120, "La fonction est trop longue.");
export const phoneField = z
  .string()
  .trim()
  .regex(/^$|^[+0-9 .()-]{6,25}$/, "Saisissez un numéro de téléphone valide, par exemple 03 20 00 00 00.")
  .optional()
  .transform((v) => (v ? v : null));

/** A new password is typed twice; the confirmation must match. */
const passwordsMatch = (v: { password: string; passwordConfirmation: string }) => v.password === v.passwordConfirmation;
const PASSWORDS_DIFFER = { path: ["passwordConfirmation"], message: "Les deux mots de passe ne sont pas identiques." };

export const newPasswordSchema = z.object({ password: passwordField, passwordConfirmation: z.string() }).refine(passwordsMatch, PASSWORDS_DIFFER);

/** The structure as typed: resolved against the list by lib/organisations/structure (resolveStructure). */
export const structureFields = {
  organisation: optionalText(200, "Le nom de la structure est trop long."),
  organisationOther: optionalText(120, "Le nom de la structure est trop long."),
};

export const signUpSchema = z
  .object({
    ...nameFields,
    email: emailField,
    password: passwordField,
    passwordConfirmation: z.string(),
    ...structureFields,
    jobTitle: jobTitleField,
    consent: z.literal("on", { error: "Vous devez accepter le traitement de vos données, décrit dans la page Données personnelles, pour créer un compte." }),
  })
  .refine(passwordsMatch, PASSWORDS_DIFFER);

const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

/** Mon espace, "Mon profil": the name as two fields (people correct the split made by the names migration here). */
export const profileSchema = z.object({
  ...nameFields,
  ...structureFields,
  jobTitle: jobTitleField,
  phone: phoneField,
  showEmail: checkbox,
  showPhone: checkbox,
  showJobTitle: checkbox,
  showOrganisation: checkbox,
});
