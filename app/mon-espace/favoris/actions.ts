"use server";

import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { addFavourite, FAVOURITE_KINDS, removeFavourite } from "@/lib/favourites/rules";

const favouriteSchema = z.object({
  kind: z.enum(FAVOURITE_KINDS),
  id: z.string().min(1).max(64),
  intent: z.enum(["ajouter", "retirer"]),
  title: z.string().max(300).default(""),
});

/** Adds or removes one favourite; the intent is explicit, so a form sent twice changes nothing more. */
export const favouriteAction = validatedActionWithUser(favouriteSchema, "member", async ({ kind, id, intent, title }, user) => {
  if (intent === "ajouter") addFavourite(db, user.id, { kind, id });
  else removeFavourite(db, user.id, { kind, id });
  const added = intent === "ajouter";
  return { ok: true, message: added ? `« ${title} » ajouté à vos favoris.` : `« ${title} » retiré de vos favoris.`, result: { favourite: added } };
});
