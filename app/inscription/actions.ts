"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LINK_SENT_URL, signIn } from "@/lib/auth/auth";
import { db } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { resolveStructure } from "@/lib/organisations/structure";
import { signUpVisitor } from "@/lib/people/sign-up";
import { signUpSchema } from "@/lib/people/validation";
import { clientKey } from "@/lib/rate-limit/client";

/** Creates an unverified pending account, then sends the verification link through the outbox. */
export const signUp = validatedAction(signUpSchema, async (data) => {
  const structure = resolveStructure(db, data);
  const outcome = await signUpVisitor(
    db,
    { email: data.email, givenName: data.givenName, familyName: data.familyName, password: data.password, ...structure, jobTitle: data.jobTitle },
    clientKey(await headers()),
  );
  if (outcome === "already_registered") redirect(LINK_SENT_URL);
  await signIn("lien", { email: data.email, redirectTo: "/mon-espace?bienvenue=1" });
});
