import type { Metadata } from "next";
import { TextVersionView, textVersionMetadata } from "@/components/documents/text-version-view";
import { getCurrentUser } from "@/lib/auth/current-user";

type Props = PageProps<"/documents/[id]/texte">;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). */
export const instant = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  return textVersionMetadata((await params).id, user?.role ?? null);
}

export default async function TextVersionPage({ params }: Props) {
  const user = await getCurrentUser();
  return <TextVersionView id={(await params).id} role={user?.role ?? null} />;
}
