import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import { AgendaView } from "@/components/meetings/agenda-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseAgendaSearch } from "@/lib/meetings/filters";
import { contentViewOf } from "@/lib/people/roles";

export const metadata: Metadata = publicPageMetadata({ title: "Rencontres", path: "/rencontres" });

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached content. */
export const instant = false;

export default async function MeetingsPage({ searchParams }: PageProps<"/rencontres">) {
  const user = await getCurrentUser();
  return <AgendaView search={parseAgendaSearch(await searchParams)} view={contentViewOf(user?.role)} />;
}
