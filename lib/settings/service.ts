import type { Db } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { cacheTags } from "@/lib/cache/tags";
import { invalidateCache } from "@/lib/cache/invalidate";
import { DomainError, fieldErrorsOf, frenchZodErrors } from "@/lib/errors";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { readSettings } from "./queries";
import { SETTINGS_GROUPS, type Settings, type SettingsGroup } from "./registry";
import { settings } from "./schema";

export type SaveSettingsInput<G extends SettingsGroup> = { actor: Actor; group: G; values: Record<string, unknown> };

/**
 * An admin changes one group of settings: checked against the group's rules (one French message per field), stored
 * whole in one transaction with its before and after in the audit log, then the cached pages that print settings are
 * expired. Returns the group as now in force.
 */
export function saveSettingsGroup<G extends SettingsGroup>(db: Db, { actor, group, values }: SaveSettingsInput<G>): Settings[G] {
  const parsed = SETTINGS_GROUPS[group].safeParse(values, { error: frenchZodErrors });
  if (!parsed.success) {
    throw new DomainError("validation_failed", "Les paramètres contiennent des erreurs : corrigez les champs signalés.", fieldErrorsOf(parsed.error));
  }
  const after = parsed.data as Settings[G];
  db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "admin");
      const before = readSettings(tx)[group];
      tx.insert(settings)
        .values({ key: group, value: after, updatedBy: actorId })
        .onConflictDoUpdate({ target: settings.key, set: { value: after, updatedBy: actorId, updatedAt: new Date() } })
        .run();
      recordAudit(tx, { actorId, action: "settings.update", entityType: "settings", entityId: group, details: { before, after } });
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.settings]);
  return after;
}
