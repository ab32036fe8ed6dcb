/** Public base URL of the site, used in e-mails and calendar files. */
export function appUrl(): string {
  return (process.env.AUTH_URL ?? process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export const SITE_NAME = "IREV – Réseau politique de la ville";
