"use server";

import { z } from "zod";
import { db } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { resetPassword } from "@/lib/people/password-reset";
import { newPasswordSchema } from "@/lib/people/validation";

export const resetPasswordAction = validatedAction(newPasswordSchema.and(z.object({ jeton: z.string().min(1).max(200) })), async ({ jeton, password }) => {
  await resetPassword(db, jeton, password);
  return { ok: true, message: "Votre mot de passe est changé, et toutes vos sessions ouvertes ont été fermées. Vous pouvez maintenant vous connecter." };
});
