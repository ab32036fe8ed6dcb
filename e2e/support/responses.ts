/**
 * The not-found page as a signed-in reader gets it: their page starts streaming (status 200) before the data is read,
 * so Next shows the not-found page marked noindex instead of answering 404 (visitors' cached pages still do).
 */
export function isStreamedNotFound(html: string): boolean {
  return html.includes("Page introuvable") && html.includes('<meta name="robots" content="noindex"/>');
}
