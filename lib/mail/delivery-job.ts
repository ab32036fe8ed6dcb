import type { Db } from "@/db/open";
import type { JobReport } from "@/lib/jobs/definition";
import { plural } from "@/lib/format";
import { deliverDueEmails } from "./delivery";

/** The "courriels" job: one pass of the outbox, summed up for the log. */
export async function deliverEmailsJob(db: Db, now: Date): Promise<JobReport> {
  const result = await deliverDueEmails(db, now);
  if (!result) return { summary: "Aucun serveur SMTP configuré (SMTP_URL) : les courriels restent dans la boîte d'envoi.", idle: true };
  if (result.sent + result.failed === 0) return { summary: "Aucun courriel à envoyer.", idle: true };
  const failed = result.failed === 0 ? "" : ` ; ${plural(result.failed, "envoi")} en échec (voir /admin/courriels)`;
  return { summary: `${plural(result.sent, "courriel envoyé", "courriels envoyés")}${failed}.` };
}
