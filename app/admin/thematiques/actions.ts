"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { plural } from "@/lib/format";
import { createTheme, deleteTheme, mergeThemes, moveTheme, updateTheme } from "@/lib/themes/service";

const themeId = z.string().min(1).max(64);
const themeFields = z.object({
  name: z.string().trim().min(1, "Saisissez le nom de la thématique.").max(120, "Le nom tient en 120 caractères au plus."),
  description: z
    .string()
    .trim()
    .max(1000, "La description tient en 1 000 caractères au plus.")
    .transform((value) => value || null),
});

/* Every action answers with its typed values, so the form shows what was saved (React empties uncontrolled forms). */
function saved(message: string, values: Record<string, string> = {}) {
  revalidatePath("/admin/thematiques");
  return { ok: true, message, values };
}

export const createThemeAction = validatedActionWithUser(themeFields, "staff", async (input, user) => {
  const theme = createTheme(db, { userId: user.id }, input);
  return saved(`Thématique « ${theme.name} » créée, à l'adresse /thematiques/${theme.slug}.`);
});

export const updateThemeAction = validatedActionWithUser(themeFields.extend({ themeId }), "staff", async ({ themeId, ...input }, user) => {
  const theme = updateTheme(db, { userId: user.id }, themeId, input);
  return saved(`Thématique « ${theme.name} » enregistrée.`, { name: theme.name, description: theme.description ?? "" });
});

export const moveThemeAction = validatedActionWithUser(z.object({ themeId, direction: z.enum(["up", "down"]) }), "staff", async ({ themeId, direction }, user) => {
  const { theme, position, count } = moveTheme(db, { userId: user.id }, themeId, direction);
  return saved(`« ${theme.name} » déplacée en position ${position} sur ${count}.`, { direction });
});

export const mergeThemeAction = validatedActionWithUser(
  z.object({ themeId, keptId: z.string({ error: "Choisissez la thématique à garder." }).min(1, "Choisissez la thématique à garder.").max(64) }),
  "staff",
  async ({ themeId, keptId }, user) => {
    const { kept, removed, moved } = mergeThemes(db, { userId: user.id }, themeId, keptId);
    const what = moved === 0 ? "aucun contenu ne l'utilisait" : `${plural(moved, "contenu")} ${moved > 1 ? "portent" : "porte"} désormais « ${kept.name} »`;
    return saved(`« ${removed.name} » fusionnée dans « ${kept.name} » et supprimée : ${what}.`);
  },
);

export const deleteThemeAction = validatedActionWithUser(z.object({ themeId }), "staff", async ({ themeId }, user) => {
  const theme = deleteTheme(db, { userId: user.id }, themeId);
  return saved(`Thématique « ${theme.name} » supprimée.`);
});
