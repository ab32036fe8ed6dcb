export type Column = { header: string; align?: "left" | "right" };

/** A plain-text table for terminals: padded columns, a rule under the headers; numbers read best right-aligned. */
export function formatTextTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (columns[i]?.align === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The same table in Markdown (GitHub tables), for a README; `|` inside a cell is escaped. */
export function formatMarkdownTable(columns: Column[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(columns.map((c) => c.header)), `|${columns.map((c) => (c.align === "right" ? "---:" : "---")).join("|")}|`, ...rows.map(line)].join("\n");
}
