import type { NextConfig } from "next";

/* Inline scripts stay allowed: Next.js inlines its boot data. Everything else must come from this site. */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  /* Metadata is rendered in <head> before the page for every client, not streamed: the <title> is there from the
     first byte for screen readers and for the accessibility checks, at the cost of no early flush on slow pages. */
  htmlLimitedBots: /.*/,
  /* Native modules, and ical-timezones which reads its zone files from disk at run time. */
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@touch4it/ical-timezones"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
