import type { Metadata } from "next";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { plural } from "@/lib/format";
import { formatDays, formatHourRange } from "@/lib/settings/format";
import { readSettings } from "@/lib/settings/queries";
import { SETTINGS_GROUPS, type SettingsGroup } from "@/lib/settings/registry";
import { formValues } from "./fields";
import { SettingsForm } from "./forms";

export const metadata: Metadata = { title: "Paramètres – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function SettingsAdminPage() {
  await requirePageUser("admin", "/admin/parametres");
  const settings = readSettings(db);
  const { halfDays, retention } = settings;
  const inForce: Partial<Record<SettingsGroup, string>> = {
    halfDays: `En vigueur : matinée ${formatHourRange(halfDays.morningStart, halfDays.morningEnd)}, après-midi ${formatHourRange(halfDays.afternoonStart, halfDays.afternoonEnd)}.`,
    retention: `En vigueur : e-mails envoyés ${formatDays(retention.sentEmailsDays)}, e-mails non distribués ${formatDays(retention.failedEmailsDays)}, journal des tâches ${formatDays(retention.jobRunsDays)}, registre des attestations ${plural(retention.attestationsYears, "an")}.`,
  };
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold">Paramètres</h1>
      <p className="mb-6 text-muted">
        Chaque groupe s&apos;enregistre séparément ; chaque modification est inscrite au journal des actions. Les pages
        publiques qui les affichent sont à jour dès l&apos;enregistrement.
      </p>
      {(Object.keys(SETTINGS_GROUPS) as SettingsGroup[]).map((group) => (
        <SettingsForm key={group} group={group} values={formValues(settings[group])} inForce={inForce[group]} />
      ))}
    </div>
  );
}
