export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDeadlineWatch } = await import("./lib/cache/deadline-watch");
  startDeadlineWatch();
  if (!process.env.SMTP_URL) return;
  const { openDatabase } = await import("./db/open");
  const { deliverDueEmails, deliveryConfig } = await import("./lib/mail/delivery");
  const { db } = openDatabase();
  const tick = () => deliverDueEmails(db).catch((error) => console.error("Envoi des courriels en échec :", error));
  setInterval(tick, deliveryConfig().intervalMs).unref();
  void tick();
}
