import { ContactView, contactMetadata } from "@/components/site/contact-view";
import { requireLiveEdition } from "../edition";

export const metadata = contactMetadata;

export default async function PublicContactPage({ params }: PageProps<"/vue-publique/[edition]/contact">) {
  await requireLiveEdition(params);
  return <ContactView />;
}
