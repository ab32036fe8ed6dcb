import type { Metadata } from "next";
import { TextVersionView, textVersionMetadata } from "@/components/documents/text-version-view";
import { BUILD_EDITION } from "@/lib/cache/public-view";

type Props = PageProps<"/vue-publique/[edition]/documents/[id]/texte">;

export function generateStaticParams() {
  return [{ id: BUILD_EDITION }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return textVersionMetadata((await params).id, null);
}

export default async function PublicTextVersionPage({ params }: Props) {
  return <TextVersionView id={(await params).id} role={null} />;
}
