import { connection } from "next/server";
import { ContactView, contactMetadata } from "@/components/site/contact-view";

export const metadata = contactMetadata;

/* Signed-in readers; visitors get the cached page (lib/cache/public-view.ts). Rendered per request, from cached settings. */
export const instant = false;

export default async function ContactPage() {
  await connection();
  return <ContactView />;
}
