import { expirePassedDeadlines } from "@/lib/cache/deadline-watch";
import { deliveryConfig } from "@/lib/mail/delivery";
import { deliverEmailsJob } from "@/lib/mail/delivery-job";
import { publishDueReports } from "@/lib/publications/schedule";
import { sendDueReminders } from "@/lib/registrations/reminders";
import { countReport, DAY, SECOND, type JobDefinition } from "./definition";
import { purgeExpiredData } from "./purges";

/** Every scheduled job, by the name operators type (`npm run cli -- jobs run <nom>`). Adding one is adding a line. */
export const JOBS: readonly JobDefinition[] = [
  { name: "courriels", scope: "shared", intervalMs: deliveryConfig().intervalMs, description: "Envoi des courriels de la boîte d'envoi", run: deliverEmailsJob },
  { name: "echeances", scope: "per-process", intervalMs: SECOND, description: "Rafraîchissement des pages quand une échéance passe (ouverture, clôture, début, fin)", run: expirePassedDeadlines },
  { name: "rappels", scope: "shared", intervalMs: DAY / 24, description: "Rappel aux inscrits deux jours avant la rencontre", run: (db, now) => countReport(sendDueReminders(db, now), "rappel mis en envoi", "rappels mis en envoi", "Aucun rappel à envoyer.") },
  { name: "publications", scope: "shared", intervalMs: 5 * SECOND, description: "Publication des ressources programmées, à l'heure dite", run: publishDueReports },
  { name: "purges", scope: "shared", intervalMs: DAY, description: "Suppression des données au-delà de leur durée de conservation", run: purgeExpiredData },
];
