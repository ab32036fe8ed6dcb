import type { Db } from "@/db/open";
import { deleteAbandonedUploads } from "@/lib/documents/storage";
import { plural } from "@/lib/format";
import { deleteAttestationsIssuedBefore } from "@/lib/attendance/attestations";
import { purgeOutbox } from "@/lib/mail/retention";
import { deleteExpiredTokens } from "@/lib/people/expired-tokens";
import { deleteStaleHits } from "@/lib/rate-limit/hits";
import { readSettings } from "@/lib/settings/queries";
import { DAY, type JobReport } from "./definition";
import { deleteJobRunsBefore } from "./runner";

/**
 * The "purges" job: what the retention settings (/admin/parametres) say is kept no longer — sent e-mails, e-mails
 * given up on, the log of job runs, attestations issued longer ago than the register's retention (in years; kept
 * meanwhile even when the registration or the account is gone) — and what can no longer serve: expired one-time
 * links, rate-limit hits older than every window, temporary files of interrupted uploads. Each deletion only removes
 * what is past its date, so running it twice changes nothing.
 */
export function purgeExpiredData(db: Db, now: Date): JobReport {
  const { retention } = readSettings(db);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const emails = purgeOutbox(db, { sentBefore: daysAgo(retention.sentEmailsDays), failedBefore: daysAgo(retention.failedEmailsDays) });
  const runs = deleteJobRunsBefore(db, daysAgo(retention.jobRunsDays));
  const registerStart = new Date(now);
  registerStart.setUTCFullYear(registerStart.getUTCFullYear() - retention.attestationsYears);
  const attestations = deleteAttestationsIssuedBefore(db, registerStart);
  const tokens = deleteExpiredTokens(db, now);
  const hits = deleteStaleHits(db, now);
  const uploads = deleteAbandonedUploads(now);
  return {
    summary:
      `Supprimés : ${plural(emails.sent, "courriel envoyé", "courriels envoyés")} depuis plus de ${plural(retention.sentEmailsDays, "jour")}, ` +
      `${plural(emails.failed, "courriel abandonné", "courriels abandonnés")} depuis plus de ${plural(retention.failedEmailsDays, "jour")}, ` +
      `${plural(runs, "exécution")} de tâche de plus de ${plural(retention.jobRunsDays, "jour")}, ` +
      `${plural(attestations, "attestation")} du registre de plus de ${plural(retention.attestationsYears, "an")}, ` +
      `${plural(tokens, "lien expiré", "liens expirés")}, ${plural(hits, "tentative comptée", "tentatives comptées")} de plus d'un jour, ` +
      `${plural(uploads, "téléversement interrompu", "téléversements interrompus")}.`,
  };
}
