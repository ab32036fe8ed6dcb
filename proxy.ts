import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { publicViewPath } from "@/lib/cache/public-view";
import { securityHeaders } from "@/lib/site/security-headers";

/*
 * Comfort and speed only, never a check (the real ones are in the data layer): sends visitors without a session
 * cookie to the sign-in page for personal pages, serves them the cached public pages (lib/cache/public-view.ts), and
 * answers addresses that cannot be decoded with the French 400 page instead of a bare 500.
 */

/** Whether the path decodes: "%" must start a valid UTF-8 escape ("/rencontres/%" and "%ff%fe" do not). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/*
 * The answer to an address that cannot be decoded, written here: a page Next renders starts streaming with status
 * 200 before anything could set another, so the 400 must come from the proxy. Plain, but French and accessible.
 */
const BAD_REQUEST_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Adresse invalide – Réseau IREV</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}a{color:#0b4f8a}</style>
</head><body><main><h1>Adresse invalide</h1>
<p>Cette adresse contient des caractères mal encodés : elle ne peut correspondre à aucune page. Vérifiez le lien que vous avez suivi ou saisi.</p>
<p><a href="/">Retour à l'accueil</a> · <a href="/rencontres">Voir les rencontres</a></p>
</main></body></html>`;

function badRequestPage(): NextResponse {
  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  for (const { key, value } of securityHeaders) headers.set(key, value);
  return new NextResponse(BAD_REQUEST_HTML, { status: 400, headers });
}

function needsSession(pathname: string): boolean {
  return pathname === "/mon-espace" || pathname === "/mon-espace/favoris" || pathname === "/admin" || pathname.startsWith("/admin/");
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!decodable(pathname)) return badRequestPage();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const cached = publicViewPath(pathname, searchParams);
  if (cached) return NextResponse.rewrite(new URL(cached, request.url));
  if (!needsSession(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/connexion";
  url.search = `?retour=${encodeURIComponent(pathname)}`;
  return NextResponse.redirect(url);
}

/*
 * Next buffers, and beyond 10 MB truncates, the body of every request its proxy matches: the proxy must never see
 * a request with a body (uploads, server actions, API calls), so it matches only pages, and only requests that
 * carry no body headers at all. The API is left out by path, whatever the method (next.config.ts handles its
 * undecodable addresses). The matcher must be a literal for Next to read it at build time.
 */
export const config = {
  matcher: [
    {
      source: "/((?!api(?:/|$)|_next/).*)",
      missing: [
        { type: "header", key: "content-type" },
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
