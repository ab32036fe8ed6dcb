import type { Visibility } from "@/lib/documents/schema";
import { documentHref, downloadHref, textVersionHref } from "@/lib/documents/links";
import { describeFile } from "@/lib/documents/describe";

export type AttachmentListItem = {
  id: string;
  title: string;
  originalFilename: string;
  sizeBytes: number;
  pageCount: number | null;
  visibility: Visibility;
  label: string | null;
};

/**
 * "Fichiers joints" of a meeting or a report. The title opens the PDF in the browser; beside it, a link to save it
 * and its text version (RGAA 13.3). Members files the reader cannot download are named without a link, so nobody
 * follows a link only to be refused.
 */
export function AttachmentList({ items, canSeeMembersFiles }: { items: AttachmentListItem[]; canSeeMembersFiles: boolean }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const membersOnly = item.visibility === "members";
        const name = item.label ?? item.title;
        return (
          <li key={item.id} className="rounded border border-line bg-white p-3">
            {membersOnly && !canSeeMembersFiles ? (
              <p className="font-semibold">
                {name} <span className="font-normal text-muted">(réservé aux membres – connectez-vous)</span>
              </p>
            ) : (
              <p className="font-semibold">
                <a href={documentHref(item)}>{name}</a>
                {membersOnly && (
                  <>
                    {" "}
                    <span className="badge">réservé aux membres</span>
                  </>
                )}
              </p>
            )}
            <p className="text-sm text-muted">
              <span className="break-all">{item.originalFilename}</span> – {describeFile(item)}
            </p>
            {(!membersOnly || canSeeMembersFiles) && (
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                <a href={downloadHref(item)}>
                  Télécharger<span className="sr-only"> «&nbsp;{name}&nbsp;»</span>
                </a>
                <a href={textVersionHref(item)}>
                  Version texte<span className="sr-only"> de «&nbsp;{name}&nbsp;»</span>
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
