import { plural } from "@/lib/format";
import { formatFileSize } from "@/lib/time";

/** "PDF – Poids : 1,94 Mo – 12 pages", as the former site described its files, numbers the French way. */
export function describeFile(file: { sizeBytes: number; pageCount: number | null }): string {
  const parts = ["PDF", `Poids : ${formatFileSize(file.sizeBytes)}`];
  if (file.pageCount) parts.push(plural(file.pageCount, "page"));
  return parts.join(" – ");
}
