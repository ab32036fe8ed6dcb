/** How much of a file a request asks for, from its `Range` header (RFC 9110 §14). */
export type ByteRange =
  | { kind: "full" }
  | { kind: "partial"; start: number; end: number }
  | { kind: "unsatisfiable" };

const SINGLE_BYTE_RANGE = /^bytes=(\d*)-(\d*)$/i;

/**
 * Parses a single byte range against a file of `size` bytes; `end` is inclusive.
 * Multiple ranges and malformed headers are answered with the whole file, which the RFC allows
 * a server to do for any Range it chooses to ignore.
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange {
  const match = SINGLE_BYTE_RANGE.exec(header?.trim() ?? "");
  if (!match) return { kind: "full" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "full" };

  if (first === "") {
    // Suffix range: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - length), end: size - 1 };
  }

  const start = Number(first);
  const requestedEnd = last === "" ? Infinity : Number(last);
  if (requestedEnd < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end: Math.min(requestedEnd, size - 1) };
}
