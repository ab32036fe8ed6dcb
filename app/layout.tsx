import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { AnnouncerProvider } from "@/components/ui/announcer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Réseau IREV – politique de la ville Hauts-de-France", template: "%s – Réseau IREV" },
  description:
    "Les rencontres, comptes rendus et documents du réseau des chefs de projet politique de la ville, animé par l'IREV en Hauts-de-France.",
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
