import { FEED_CONTENT_TYPE } from "./feeds";

/** A feed as served: Atom, read by feed readers whenever they poll, never stored by them beyond a revalidation. */
export function feedResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": FEED_CONTENT_TYPE, "Cache-Control": "no-cache" } });
}
