"use server";

import { signIn } from "@/lib/auth/auth";
import { db } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { createUser, listOrganisations } from "@/lib/people/service";
import { signUpSchema } from "@/lib/people/validation";
import { DomainError } from "@/lib/errors";

/** Creates an unverified pending account, then sends the verification link through the outbox. */
export const signUp = validatedAction(signUpSchema, async (data) => {
  if (data.organisationId && !listOrganisations(db).some((o) => o.id === data.organisationId)) {
    throw new DomainError("validation_failed", "Le formulaire contient des erreurs.", { organisationId: "Choisissez une structure dans la liste." });
  }
  await createUser(db, {
    email: data.email,
    name: data.name,
    password: data.password,
    role: "pending",
    organisationId: data.organisationId,
    jobTitle: data.jobTitle,
  });
  await signIn("lien", { email: data.email, redirectTo: "/mon-espace?bienvenue=1" });
});
