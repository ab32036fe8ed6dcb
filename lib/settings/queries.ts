import type { DbOrTx } from "@/db/open";
import { DEFAULT_SETTINGS, SETTINGS_GROUPS, type Settings, type SettingsGroup } from "./registry";
import { settings } from "./schema";

/**
 * The settings in force: each stored group over its defaults. A stored value that no longer passes its checks (a
 * setting whose rules changed) falls back to the default rather than break every page that prints it.
 */
export function readSettings(db: DbOrTx): Settings {
  const stored = new Map(db.select().from(settings).all().map((row) => [row.key, row.value]));
  const result = { ...DEFAULT_SETTINGS };
  for (const group of Object.keys(SETTINGS_GROUPS) as SettingsGroup[]) {
    const parsed = SETTINGS_GROUPS[group].safeParse({ ...DEFAULT_SETTINGS[group], ...(stored.get(group) as object | undefined) });
    if (parsed.success) Object.assign(result, { [group]: parsed.data });
  }
  return result;
}
