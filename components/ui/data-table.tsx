/**
 * A server-rendered table of the back office: a caption saying what it lists (read by screen readers), column
 * headers with their scope; each row's first cell is a `<th scope="row">` written by the caller.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: React.ReactNode }) {
  return (
    /* Wider than a phone: the scrolling box is a named region that takes focus, so the keyboard can scroll it too. */
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand text-left">
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
