/*
 * The HTTP rules of a document download, apart from the route so each one is read and tested on its own.
 */

/**
 * How a PDF is handed over. It opens in the browser's own viewer ("inline"), except when the reader asked for the
 * file (`?telechargement`) or when the PDF carries JavaScript: a PDF's scripts run in the viewer, and
 * `Content-Security-Policy: sandbox` is no answer since Chrome then refuses to show the PDF at all; such a file is
 * only ever saved to disk ("attachment"), to be opened in a reader the person chose.
 */
export function dispositionType({ hasJavascript }: { hasJavascript: boolean }, searchParams: URLSearchParams): "inline" | "attachment" {
  return hasJavascript || searchParams.has("telechargement") ? "attachment" : "inline";
}

/** RFC 6266: old clients read the ASCII `filename`, current ones the exact UTF-8 name in `filename*` (RFC 8187). */
export function contentDisposition(type: "inline" | "attachment", filename: string): string {
  const asciiFallback = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

/** HTTP dates have whole seconds: the instant as a Last-Modified header says it. */
export function httpDate(instant: Date): string {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000).toUTCString();
}

function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/**
 * Whether the browser's copy is current (RFC 9110 §13.2.2): If-None-Match decides when it is sent, and
 * If-Modified-Since is then ignored; otherwise the copy is current if the file has not changed since that date.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesEtag(ifNoneMatch, etag);
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Whether a resumed download may get a part: If-Range names this very version, by its ETag or its exact date. */
export function rangeStillApplies(ifRange: string | null, etag: string, lastModified: Date): boolean {
  if (ifRange === null) return true;
  return ifRange === etag || ifRange === httpDate(lastModified);
}
