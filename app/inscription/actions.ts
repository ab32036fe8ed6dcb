"use server";

import { signIn } from "@/lib/auth/auth";
import { db } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { createUser } from "@/lib/people/service";
import { resolveStructure } from "@/lib/organisations/structure";
import { signUpSchema } from "@/lib/people/validation";

/** Creates an unverified pending account, then sends the verification link through the outbox. */
export const signUp = validatedAction(signUpSchema, async (data) => {
  const structure = resolveStructure(db, data);
  await createUser(db, {
    email: data.email,
    name: data.name,
    password: data.password,
    role: "pending",
    ...structure,
    jobTitle: data.jobTitle,
  });
  await signIn("lien", { email: data.email, redirectTo: "/mon-espace?bienvenue=1" });
});
