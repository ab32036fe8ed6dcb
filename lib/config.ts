/**
 * The one public address of the site (SITE_URL, by default http://localhost:$PORT): e-mail links, redirects after
 * sign-in, calendar and feed URLs. Never derived from the request's Host or X-Forwarded-Host, which a client can forge.
 */
export function appUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export const SITE_NAME = "IREV – Réseau politique de la ville";
