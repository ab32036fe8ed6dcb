export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDeadlineWatch } = await import("./lib/cache/deadline-watch");
  startDeadlineWatch();
  if (!process.env.SMTP_URL) return;
  const { startOutboxDelivery } = await import("./lib/mail/delivery");
  startOutboxDelivery(process.env.SMTP_URL, process.env.MAIL_FROM ?? "IREV <ne-pas-repondre@example.org>");
}
