import type { NextConfig } from "next";
import { securityHeaders } from "./lib/site/security-headers";

/*
 * A path is valid when each "%" starts the escape of a well-formed UTF-8 sequence, which is what decodeURIComponent
 * accepts. Anything else under /api would make Next's route
 * matching throw, answered by a bare 500 without the headers above.
 */
const UTF8_ESCAPES = [
  "[^%]",
  "%[0-7]H",
  "%[cC][2-9a-fA-F]%C",
  "%[dD]H%C",
  "%[eE]0%[aAbB]H%C",
  "%[eE][1-9a-cA-CeEfF]%C%C",
  "%[eE][dD]%[89]H%C",
  "%[fF]0%(?:9H|[aAbB]H)%C%C",
  "%[fF][1-3]%C%C%C",
  "%[fF]4%8H%C%C",
]
  /* H: one hex digit; %C: a continuation byte (80 to BF). Both cases spelt out: matching may be case-sensitive. */
  .map((escape) => escape.replaceAll("%C", "%[89aAbB]H").replaceAll("H", "[0-9a-fA-F]"))
  .join("|");

const PDF_INSPECTOR_FILES = [
  "./lib/documents/pdf-inspector.worker.mjs",
  "./node_modules/pdfjs-dist/package.json",
  "./node_modules/pdfjs-dist/legacy/build/pdf.mjs",
  "./node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs",
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  /* Public pages are served whole from cache to visitors; see lib/cache/public-view.ts for the pattern every page follows. */
  cacheComponents: true,
  /* Pages stay whole: a visitor's first request for a page waits for it rather than getting a fallback shell. */
  partialPrefetching: false,
  experimental: {
    /* The page cache lives in memory only: a restarted server renders from its database, never from files written
       before a change it could not see (a restore, a write while it was stopped). */
    isrFlushToDisk: false,
  },
  /* Native modules, and ical-timezones which reads its zone files from disk at run time. */
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@touch4it/ical-timezones"],
  /* The PDFs' Unicode fonts are read from node_modules at run time (lib/pdf/document.ts): traced into every ".pdf" and ".zip" route. */
  /* The PDF check runs PDF.js in a worker thread read from disk (lib/documents/pdf-inspector.ts): traced into the routes that upload. */
  outputFileTracingIncludes: {
    "/**/*.pdf": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"],
    "/**/*.zip": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"],
    "/admin/documents/**": PDF_INSPECTOR_FILES,
    "/api/v1/**": PDF_INSPECTOR_FILES,
  },
  async rewrites() {
    return {
      beforeFiles: [{ source: `/api/:rest((?!(?:${UTF8_ESCAPES})*$).*)`, destination: "/api/requete-invalide" }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
