import Link from "next/link";

/** The pages to link: the first, the last, and two on each side of the current one. */
function shownPages(page: number, pages: number): number[] {
  const around = Array.from({ length: 5 }, (_, i) => page - 2 + i);
  return [...new Set([1, ...around, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
}

/** Page links of a server-paginated list, the current one marked for assistive technologies (RGAA 12.8). */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const shown = shownPages(page, pages);
  return (
    <nav aria-label="Pagination" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {shown.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n > shown[i - 1]! + 1 && <span aria-hidden="true">…</span>}
            <Link href={hrefFor(n)} aria-current={n === page ? "page" : undefined} aria-label={`Page ${n}`} className={n === page ? "btn" : "btn btn-secondary"}>
              {n}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
