"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { DomainError } from "@/lib/errors";
import { regenerateCalendarToken, updateProfile } from "@/lib/people/service";
import { newPasswordSchema, profileSchema } from "@/lib/people/validation";
import { resolveStructure } from "@/lib/organisations/structure";
import { changePassword } from "@/lib/people/password-reset";
import { clientKey } from "@/lib/rate-limit/client";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/api-tokens/service";
import { deleteAccount } from "@/lib/people/privacy";
import { signIn, signOut } from "@/lib/auth/auth";

export const updateProfileAction = validatedActionWithUser(
  profileSchema,
  "pending",
  async (data, user) => {
    updateProfile(db, user.id, {
      givenName: data.givenName,
      familyName: data.familyName,
      ...resolveStructure(db, data),
      jobTitle: data.jobTitle,
      phone: data.phone,
      directoryConsent: { email: data.showEmail, phone: data.showPhone, jobTitle: data.showJobTitle, organisation: data.showOrganisation },
    });
    revalidatePath("/mon-espace");
    return { ok: true, message: "Votre profil est enregistré." };
  },
);

export const regenerateCalendarAction = validatedActionWithUser(z.object({}), "pending", async (_data, user) => {
  regenerateCalendarToken(db, user.id);
  revalidatePath("/mon-espace");
  return { ok: true, message: "Nouvelle adresse créée : l'ancienne ne fonctionne plus." };
});

const MAX_TOKENS = 10;

export const createTokenAction = validatedActionWithUser(
  z.object({ tokenName: z.string().trim().min(2, "Donnez un nom à ce jeton (2 caractères au moins).").max(60, "Ce nom est trop long (60 caractères au plus).") }),
  "member",
  async ({ tokenName }, user) => {
    if (listApiTokens(db, user.id).length >= MAX_TOKENS) {
      throw new DomainError("conflict", `Vous avez déjà ${MAX_TOKENS} jetons actifs : révoquez-en un avant d'en créer un autre.`);
    }
    const { token } = createApiToken(db, user.id, tokenName);
    revalidatePath("/mon-espace");
    return { ok: true, message: `Jeton « ${tokenName} » créé. Copiez-le maintenant : il ne sera plus affiché.`, secret: token };
  },
);

export const revokeTokenAction = validatedActionWithUser(z.object({ tokenId: z.string().min(1).max(64) }), "pending", async ({ tokenId }, user) => {
  revokeApiToken(db, user.id, tokenId);
  revalidatePath("/mon-espace");
  return { ok: true, message: "Jeton révoqué." };
});

/** The current password is asked; the new one ends every session, and this one is opened again with it. */
export const changePasswordAction = validatedActionWithUser(
  newPasswordSchema.and(z.object({ currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.") })),
  "pending",
  async ({ currentPassword, password }, user) => {
    await changePassword(db, user, currentPassword, password, clientKey(await headers()));
    /* A new session, on a new page: this request still carries the cookie of the session just ended. */
    await signIn("credentials", { email: user.email, password, redirectTo: "/mon-espace?mot-de-passe=change#mot-de-passe" });
  },
);

export const deleteAccountAction = validatedActionWithUser(
  z.object({ confirmation: z.literal("SUPPRIMER", { error: "Saisissez SUPPRIMER en majuscules pour confirmer." }) }),
  "pending",
  async (_data, user) => {
    deleteAccount(db, user.id);
    await signOut({ redirectTo: "/compte-supprime" });
  },
);
