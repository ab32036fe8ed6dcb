"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LINK_SENT_URL, signIn } from "@/lib/auth/auth";
import { db } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { listOrganisations } from "@/lib/people/service";
import { signUpVisitor } from "@/lib/people/sign-up";
import { signUpSchema } from "@/lib/people/validation";
import { clientKey } from "@/lib/rate-limit/client";
import { DomainError } from "@/lib/errors";

/** Creates an unverified pending account, then sends the verification link through the outbox. */
export const signUp = validatedAction(signUpSchema, async (data) => {
  if (data.organisationId && !listOrganisations(db).some((o) => o.id === data.organisationId)) {
    throw new DomainError("validation_failed", "Le formulaire contient des erreurs.", { organisationId: "Choisissez une structure dans la liste." });
  }
  const outcome = await signUpVisitor(
    db,
    { email: data.email, name: data.name, password: data.password, organisationId: data.organisationId, jobTitle: data.jobTitle },
    clientKey(await headers()),
  );
  if (outcome === "already_registered") redirect(LINK_SENT_URL);
  await signIn("lien", { email: data.email, redirectTo: "/mon-espace?bienvenue=1" });
});
