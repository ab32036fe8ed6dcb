import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import type { Role } from "@/lib/people/schema";
import { canDownload } from "./access";
import { documentSummaryColumns } from "./queries";
import { documents } from "./schema";

/**
 * The extracted text as pages of paragraphs: a form feed separates pages, a blank line paragraphs; the lines of a
 * paragraph, wrapped by the PDF's layout, are joined into one. Empty pages and paragraphs are left out.
 */
export function textPages(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\f")
    .map((page) =>
      page
        .split(/\n[ \t]*\n/)
        .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean).join(" "))
        .filter(Boolean),
    )
    .filter((page) => page.length > 0);
}

/** A document's text version for a reader of this role: the same rule as its file (lib/documents/access.ts). */
export function findTextVersion(db: Db, id: string, role: Role | null) {
  const document = db
    .select({
      ...documentSummaryColumns,
      extractedText: documents.extractedText,
    })
    .from(documents)
    .where(eq(documents.id, id))
    .get();
  if (!document) return null;
  if (!canDownload(document.visibility, role)) return { restricted: true as const, id: document.id };
  const { extractedText, ...described } = document;
  return { restricted: false as const, document: described, pages: textPages(extractedText) };
}
