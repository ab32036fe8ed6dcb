/** The URL pages link to; the download route checks the name against the stored original and redirects older names. */
export function documentHref(document: { id: string; originalFilename: string }): string {
  return `/documents/${document.id}/${encodeURIComponent(document.originalFilename)}`;
}

/** The same file, handed over to be saved rather than shown in the browser (lib/documents/http.ts). */
export function downloadHref(document: { id: string; originalFilename: string }): string {
  return `${documentHref(document)}?telechargement`;
}

/** The accessible text version of a PDF (RGAA 13.3), under the same access rules as the file. */
export function textVersionHref(document: { id: string }): string {
  return `/documents/${document.id}/texte`;
}
