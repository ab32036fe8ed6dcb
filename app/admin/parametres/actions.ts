"use server";

import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { SETTINGS_GROUPS, type SettingsGroup } from "@/lib/settings/registry";
import { saveSettingsGroup } from "@/lib/settings/service";
import { formValues, SETTINGS_FORMS } from "./fields";

const groupRef = z.object({ group: z.enum(Object.keys(SETTINGS_GROUPS) as [SettingsGroup, ...SettingsGroup[]]) });

/* The group's own rules are applied by saveSettingsGroup: its refusals come back next to each field. */
export const saveSettingsAction = validatedActionWithUser(groupRef, "admin", async ({ group }, user, formData) => {
  const saved = saveSettingsGroup(db, { actor: { userId: user.id }, group, values: Object.fromEntries(formData) });
  return { ok: true, message: `${SETTINGS_FORMS[group].legend} : modifications enregistrées.`, values: formValues(saved) };
});
