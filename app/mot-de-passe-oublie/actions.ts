"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { requestPasswordReset } from "@/lib/people/password-reset";
import { emailField } from "@/lib/people/validation";
import { clientKey } from "@/lib/rate-limit/client";

const RESET_REQUESTED =
  "Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe, valable une heure et utilisable une seule fois.";

/** The same answer whether the address has an account or not. */
export const requestPasswordResetAction = validatedAction(z.object({ email: emailField }), async ({ email }) => {
  requestPasswordReset(db, email, clientKey(await headers()));
  return { ok: true, message: RESET_REQUESTED, values: { email } };
});
