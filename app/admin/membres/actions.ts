"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { approveUser, attachOrganisation, changeRole, refuseUser } from "@/lib/people/service";
import { ROLES } from "@/lib/people/schema";

const userRef = z.object({ userId: z.string().min(1).max(64) });

export const approveAction = validatedActionWithUser(userRef, "staff", async ({ userId }, user) => {
  const approved = approveUser(db, { userId: user.id }, userId);
  revalidatePath("/admin/membres");
  return { ok: true, message: `Compte de ${approved.name} validé : un e-mail l'en informe.` };
});

export const refuseAction = validatedActionWithUser(userRef, "staff", async ({ userId }, user) => {
  const refused = refuseUser(db, { userId: user.id }, userId);
  revalidatePath("/admin/membres");
  return { ok: true, message: `Demande de ${refused.name} refusée.` };
});

export const changeRoleAction = validatedActionWithUser(
  userRef.extend({ role: z.enum(ROLES, { error: "Choisissez un rôle dans la liste." }) }),
  "admin",
  async ({ userId, role }, user) => {
    const changed = changeRole(db, { userId: user.id }, userId, role);
    revalidatePath("/admin/membres");
    return { ok: true, message: `Rôle de ${changed.name} modifié.` };
  },
);

export const attachOrganisationAction = validatedActionWithUser(
  userRef.extend({ organisation: z.string().trim().min(1, "Choisissez une structure dans la liste.").max(200) }),
  "staff",
  async ({ userId, organisation }, user) => {
    const [attached] = attachOrganisation(db, { userId: user.id }, [userId], organisation);
    revalidatePath("/admin/membres");
    return { ok: true, message: `Compte de ${attached!.name} rattaché à « ${organisation} ».` };
  },
);
