import { connection } from "next/server";
import { cachedMeetingsFeed } from "@/lib/discovery/cached";
import { feedResponse } from "@/lib/discovery/feed-response";

/* Rendered by the running server from its own database (connection()), never frozen at build; the feed itself is cached. */
export async function GET(): Promise<Response> {
  await connection();
  return feedResponse(await cachedMeetingsFeed());
}
