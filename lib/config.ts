/**
 * The one public address of the site (SITE_URL, by default http://localhost:$PORT): e-mail links, redirects after
 * sign-in, calendar and feed URLs. Never derived from the request's Host or X-Forwarded-Host, which a client can forge.
 */
export function appUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export const SITE_NAME = "IREV – Réseau politique de la ville";

const DEFAULT_UPLOAD_MAX_BYTES = 100_000_000;

/** The largest PDF staff may upload (UPLOAD_MAX_BYTES, in bytes; 100 Mo by default, decimal like the sizes shown). */
export function uploadMaxBytes(): number {
  const configured = process.env.UPLOAD_MAX_BYTES?.trim();
  if (!configured) return DEFAULT_UPLOAD_MAX_BYTES;
  const value = Number(configured);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`UPLOAD_MAX_BYTES doit être un nombre entier d'octets positif (reçu : « ${configured} »).`);
  return value;
}
