import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LibraryView } from "@/components/documents/library-view";
import { BUILD_EDITION } from "@/lib/cache/public-view";
import { parseLibrarySegment } from "@/lib/documents/library";

export const metadata: Metadata = { title: "Documents" };

export function generateStaticParams() {
  return [{ filtres: BUILD_EDITION }];
}

export default async function PublicLibraryPage({ params }: PageProps<"/vue-publique/[edition]/bibliotheque/[filtres]">) {
  const search = parseLibrarySegment((await params).filtres);
  if (!search) notFound();
  return <LibraryView search={search} view="public" />;
}
