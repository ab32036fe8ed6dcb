import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { AnnouncerProvider } from "@/components/ui/announcer";
import { appUrl } from "@/lib/config";
import { feedAlternates, SITE_DESCRIPTION, SITE_TITLE } from "@/lib/discovery/metadata";
import "./globals.css";

/* Addresses in the head (Open Graph, feeds) are made absolute with the site's one URL, never the request's Host. */
export const metadata: Metadata = {
  metadataBase: new URL(appUrl()),
  title: { default: SITE_TITLE, template: "%s – Réseau IREV" },
  description: SITE_DESCRIPTION,
  alternates: feedAlternates(),
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <AnnouncerProvider>
          <a
            href="#contenu"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
          >
            Aller au contenu
          </a>
          <SiteHeader />
          <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </AnnouncerProvider>
      </body>
    </html>
  );
}
