import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import Link from "next/link";

export const metadata: Metadata = publicPageMetadata({ title: "Plan du site", path: "/plan-du-site" });

type Entry = { href: string; label: string; children?: Entry[] };

const SITE_MAP: { heading: string; entries: Entry[] }[] = [
  {
    heading: "Le réseau",
    entries: [
      { href: "/", label: "Accueil" },
      {
        href: "/rencontres",
        label: "Rencontres à venir",
        children: [
          { href: "/rencontres?quand=passees", label: "Archives des rencontres" },
          { href: "/rencontres.ics", label: "Agenda des rencontres (iCal)" },
        ],
      },
      { href: "/ressources", label: "Ressources : comptes rendus et actualités" },
      { href: "/documents", label: "Documents" },
      { href: "/thematiques", label: "Thématiques" },
    ],
  },
  {
    heading: "Votre compte",
    entries: [
      { href: "/connexion", label: "Se connecter" },
      { href: "/inscription", label: "Créer un compte" },
      { href: "/mon-espace", label: "Mon espace : inscriptions, profil, données" },
    ],
  },
  {
    heading: "À propos du site",
    entries: [
      { href: "/contact", label: "Contact" },
      { href: "/mentions-legales", label: "Mentions légales" },
      { href: "/donnees-personnelles", label: "Données personnelles" },
      { href: "/accessibilite", label: "Accessibilité" },
      { href: "/api/v1/openapi.json", label: "API (description OpenAPI)" },
    ],
  },
];

function Entries({ entries }: { entries: Entry[] }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {entries.map((entry) => (
        <li key={entry.href}>
          <Link href={entry.href}>{entry.label}</Link>
          {entry.children && <Entries entries={entry.children} />}
        </li>
      ))}
    </ul>
  );
}

export default function SiteMapPage() {
  return (
    <article className="card mx-auto max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">Plan du site</h1>
      {SITE_MAP.map((section, index) => (
        <section key={section.heading} aria-labelledby={`plan-${index}`} className="mb-6">
          <h2 id={`plan-${index}`} className="mb-2 text-xl font-bold">
            {section.heading}
          </h2>
          <Entries entries={section.entries} />
        </section>
      ))}
    </article>
  );
}
