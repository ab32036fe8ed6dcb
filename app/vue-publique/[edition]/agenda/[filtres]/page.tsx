import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import { notFound } from "next/navigation";
import { AgendaView } from "@/components/meetings/agenda-view";
import { BUILD_EDITION } from "@/lib/cache/public-view";
import { parseAgendaKey } from "@/lib/meetings/filters";

export const metadata: Metadata = publicPageMetadata({ title: "Rencontres", path: "/rencontres" });

export function generateStaticParams() {
  return [{ filtres: BUILD_EDITION }];
}

export default async function PublicAgendaPage({ params }: PageProps<"/vue-publique/[edition]/agenda/[filtres]">) {
  const search = parseAgendaKey((await params).filtres);
  if (!search) notFound();
  return <AgendaView search={search} view="public" />;
}
