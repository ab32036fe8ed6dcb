import { agendaKey, parseAgendaSearch } from "@/lib/meetings/filters";
import { librarySegment, parseLibrarySearch } from "@/lib/documents/library";
import { parseReportListSearch, reportListSegment } from "@/lib/publications/reading-list";

/*
 * Visitors — requests without a session cookie — are served the public pages from cache: proxy.ts rewrites their
 * requests to the routes under /vue-publique/<edition>/, which read only cached public content and nothing from the
 * request, so Next keeps each one whole. Signed-in readers get the routes at the real address, rendered for them.
 *
 * The build renders only the placeholder edition, which shows nothing: pages served to visitors are always rendered
 * by the running server from its own database, never by the build from whichever database it found.
 */
export const PUBLIC_VIEW_ROOT = "/vue-publique";
export const LIVE_EDITION = "courante";
export const BUILD_EDITION = "gabarit";

/** Pages that only print IREV's settings: served under the same name in the cached edition. */
const SETTINGS_PAGES = new Set(["/contact", "/mentions-legales", "/donnees-personnelles", "/accessibilite"]);

/** The cached route serving this public address to a visitor, or null when the address has none. */
export function publicViewPath(pathname: string, search: URLSearchParams): string | null {
  const root = `${PUBLIC_VIEW_ROOT}/${LIVE_EDITION}`;
  if (pathname === "/") return root;
  if (SETTINGS_PAGES.has(pathname)) return `${root}${pathname}`;
  const query = Object.fromEntries(search);
  if (pathname === "/rencontres") return `${root}/agenda/${agendaKey(parseAgendaSearch(query))}`;
  if (pathname === "/ressources") return `${root}/publications/${reportListSegment(parseReportListSearch(query))}`;
  if (pathname === "/documents") return `${root}/bibliotheque/${librarySegment(parseLibrarySearch(query))}`;
  if (pathname === "/thematiques") return `${root}/thematiques`;
  const textVersion = /^\/documents\/([^/]+)\/texte$/.exec(pathname);
  if (textVersion) return `${root}/documents/${textVersion[1]}/texte`;
  const page = /^\/(rencontres|ressources|thematiques)\/([^/]+)$/.exec(pathname);
  return page ? `${root}/${page[1]}/${page[2]}` : null;
}
