"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The sections of one meeting in the back office; the current one is marked for assistive technologies. */
export function MeetingTabs({ slug, label }: { slug: string; label: string }) {
  const pathname = usePathname();
  const base = `/admin/rencontres/${slug}`;
  const tabs = [
    { href: base, label: "Fiche" },
    { href: `${base}/programme`, label: "Programme" },
    { href: `${base}/questions`, label: "Questions" },
    { href: `${base}/fichiers`, label: "Fichiers joints" },
    { href: `${base}/inscrits`, label: "Inscrits" },
    { href: `${base}/presence`, label: "Présence" },
    { href: `${base}/emargement`, label: "Émargement" },
    { href: `${base}/apercu`, label: "Aperçu" },
  ];
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2 border-b border-line">
        {tabs.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-4 px-3 py-2 font-semibold ${current ? "border-brand" : "border-transparent"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
