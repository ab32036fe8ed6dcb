import Link from "next/link";
import type { SortDirection } from "@/lib/lists/params";

/**
 * A column header; `sortKey` makes it a sort link (the key must be in the list's whitelist of sortable columns);
 * `content` replaces the label by a control (a "Tout sélectionner" checkbox), the label then naming the column only.
 */
export type Column = string | { label: string; sortKey?: string; srOnly?: boolean; content?: React.ReactNode };

/** How the list is sorted now, and the address of each sorting. */
export type TableSort = { key: string; direction: SortDirection; hrefFor: (key: string, direction: SortDirection) => string };

function headerOf(column: Column): Exclude<Column, string> {
  return typeof column === "string" ? { label: column } : column;
}

/**
 * A server-rendered table of the back office (RGAA 5.4–5.7): a caption saying what it lists and how it is sorted,
 * column headers with their scope; each row's first cell is a `<th scope="row">` written by the caller. Sortable
 * headers hold their sort link, `aria-sort` only on the sorted one, the arrow hidden from assistive technologies.
 */
export function DataTable({
  caption,
  columns,
  sort,
  showCaption = false,
  children,
}: {
  caption: string;
  columns: readonly Column[];
  sort?: TableSort;
  showCaption?: boolean;
  children: React.ReactNode;
}) {
  return (
    /* Wider than a phone: the scrolling box is a named region that takes focus, so the keyboard can scroll it too. */
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className={showCaption ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand text-left">
            {columns.map((column) => {
              const { label, sortKey, srOnly, content } = headerOf(column);
              const sorted = sort && sortKey === sort.key ? sort.direction : undefined;
              return (
                <th key={label} scope="col" className="p-2" aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}>
                  {content ?? (sort && sortKey ? (
                    <Link href={sort.hrefFor(sortKey, sorted === "asc" ? "desc" : "asc")} className="inline-flex items-center gap-1">
                      {label}
                      <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                    </Link>
                  ) : (
                    <span className={srOnly ? "sr-only" : undefined}>{label}</span>
                  ))}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
