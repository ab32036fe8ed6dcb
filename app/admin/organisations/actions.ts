"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { optionalText } from "@/lib/form-fields";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { plural } from "@/lib/format";
import { attachOrganisation } from "@/lib/people/service";
import { createOrganisation, deleteOrganisation, mergeOrganisations, updateOrganisation } from "@/lib/organisations/service";
import { DEPARTMENTS, GIP_COLLEGES, ORGANISATION_KINDS } from "@/lib/organisations/schema";

const id = z.string().min(1).max(64);
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.enum(values, { error: message }), z.literal("")])
    .optional()
    .transform((value) => value || null);

const organisationFields = z.object({
  name: z.string({ error: "Saisissez le nom de l'organisation." }).trim().min(1, "Saisissez le nom de l'organisation.").max(200, "Le nom tient en 200 caractères au plus."),
  shortName: optionalText(60),
  kind: z.enum(ORGANISATION_KINDS, { error: "Choisissez le type d'organisation dans la liste." }),
  department: optionalChoice(DEPARTMENTS, "Choisissez un département de la liste."),
  city: optionalText(120),
  code: z
    .string()
    .trim()
    .regex(/^(\d[\dAB]\d{3}|\d{9})?$/, "Le code est un code INSEE de commune (5 caractères, ex. 60471) ou un SIREN (9 chiffres).")
    .optional()
    .transform((value) => value || null),
  gipMember: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  gipCollege: optionalChoice(GIP_COLLEGES, "Choisissez un collège de la liste."),
});

export const createOrganisationAction = validatedActionWithUser(organisationFields, "staff", async (input, user) => {
  const { organisation } = createOrganisation(db, { userId: user.id }, input);
  revalidatePath("/admin/organisations");
  return { ok: true, message: `Organisation « ${organisation.name} » créée.` };
});

export const updateOrganisationAction = validatedActionWithUser(organisationFields.extend({ organisationId: id }), "staff", async ({ organisationId, ...input }, user) => {
  const organisation = updateOrganisation(db, { userId: user.id }, organisationId, input);
  revalidatePath("/admin/organisations", "layout");
  return { ok: true, message: `Organisation « ${organisation.name} » enregistrée.` };
});

export const mergeOrganisationAction = validatedActionWithUser(
  z.object({ organisationId: id, keptId: z.string({ error: "Choisissez l'organisation à garder." }).min(1, "Choisissez l'organisation à garder.").max(64) }),
  "staff",
  async ({ organisationId, keptId }, user) => {
    mergeOrganisations(db, { userId: user.id }, organisationId, keptId);
    revalidatePath("/admin/organisations", "layout");
    redirect(`/admin/organisations/${keptId}?fusion=${organisationId}`);
  },
);

export const deleteOrganisationAction = validatedActionWithUser(z.object({ organisationId: id }), "staff", async ({ organisationId }, user) => {
  deleteOrganisation(db, { userId: user.id }, organisationId);
  revalidatePath("/admin/organisations", "layout");
  redirect(`/admin/organisations?suppression=${organisationId}`);
});

const accountIds = z.array(id).min(1).max(500);

/**
 * Attaches "Autre structure" accounts (the ticked ones of a group) to an organisation of the list, or to one created
 * here from the fields of the form: the same rule as one account in /admin/membres (lib/people/service).
 */
export const attachStructureAction = validatedActionWithUser(
  z.object({ mode: z.enum(["existante", "nouvelle"], { error: "Choisissez à quoi rattacher ces comptes." }) }),
  "staff",
  async ({ mode }, user, formData) => {
    const ids = accountIds.safeParse(formData.getAll("userIds"));
    if (!ids.success) throw new DomainError("validation_failed", "Cochez au moins un compte à rattacher.");
    const actor = { userId: user.id };
    let name: string;
    if (mode === "existante") {
      const label = z.string().trim().min(1).max(200).safeParse(formData.get("organisation"));
      if (!label.success) throw new DomainError("validation_failed", "Le formulaire contient des erreurs.", { organisation: "Choisissez une structure dans la liste." });
      attachOrganisation(db, actor, ids.data, label.data);
      name = label.data;
    } else {
      const input = organisationFields.safeParse(Object.fromEntries(formData), { error: frenchZodErrors });
      if (!input.success) throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrorsOf(input.error));
      name = createOrganisation(db, actor, input.data, ids.data).organisation.name;
    }
    revalidatePath("/admin/organisations");
    revalidatePath("/admin/membres");
    return { ok: true, message: `${plural(ids.data.length, "compte")} ${ids.data.length > 1 ? "rattachés" : "rattaché"} à « ${name} ».` };
  },
);
