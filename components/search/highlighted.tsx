import { splitHighlights } from "@/lib/search/highlight";

/** Text marked by the search (lib/search/highlight.ts), its matches in <mark>; the text itself is never read as HTML. */
export function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}
