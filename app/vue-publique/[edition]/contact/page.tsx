import { ContactView, contactMetadata } from "@/components/site/contact-view";

export const metadata = contactMetadata;

export default function PublicContactPage() {
  return <ContactView />;
}
