import type { Db } from "@/db/open";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { countOutboxByStatus } from "@/lib/mail/outbox";

/**
 * Runs delivery passes, as the server's scheduler would but without pause while there is work, until no message is
 * waiting (another process may hold the last ones for a while). Returns how many messages this process sent.
 */
export async function deliverUntilEmpty(db: Db, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let sent = 0;
  while (countOutboxByStatus(db).queued > 0) {
    if (Date.now() > deadline) throw new Error("La boîte d'envoi ne s'est pas vidée à temps.");
    const result = await deliverDueEmails(db);
    sent += result?.sent ?? 0;
    if (!result?.sent) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return sent;
}
