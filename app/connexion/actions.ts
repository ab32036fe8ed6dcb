"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { validatedAction } from "@/lib/actions";

const email = z.string().trim().toLowerCase().email("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");

export const signInWithPassword = validatedAction(
  z.object({
    email,
    password: z.string().min(1, "Saisissez votre mot de passe."),
    retour: z.string().optional(),
  }),
  async ({ email, password, retour }) => {
    try {
      await signIn("credentials", { email, password, redirectTo: safeReturnPath(retour) });
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "email_not_verified") {
        return { error: "Confirmez d'abord votre adresse e-mail : ouvrez le lien reçu, ou demandez un lien de connexion ci-dessous.", values: { email } };
      }
      if (error instanceof CredentialsSignin && error.code === "too_many_attempts") {
        return { error: "Trop de tentatives pour cette adresse : réessayez dans 15 minutes, ou demandez un lien de connexion ci-dessous.", values: { email } };
      }
      if (error instanceof AuthError) return { error: "Adresse e-mail ou mot de passe incorrect.", values: { email } };
      throw error;
    }
  },
);

export const sendSignInLink = validatedAction(
  z.object({ email, retour: z.string().optional() }),
  async ({ email, retour }) => {
    await signIn("lien", { email, redirectTo: safeReturnPath(retour) });
  },
);

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
