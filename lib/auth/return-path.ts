/** Only same-site paths are accepted as a return address after sign-in (no open redirect). */
export function safeReturnPath(value: unknown, fallback = "/mon-espace"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
