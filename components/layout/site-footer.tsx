import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line bg-white print:hidden">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6 text-sm text-muted sm:grid-cols-2">
        <p>
          IREV – Institut régional de la ville, centre de ressources politique de la ville Hauts-de-France.
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 sm:justify-end">
          <li><Link href="/accessibilite">Accessibilité : partiellement conforme</Link></li>
          <li><Link href="/mentions-legales">Mentions légales</Link></li>
          <li><Link href="/donnees-personnelles">Données personnelles</Link></li>
          <li><Link href="/plan-du-site">Plan du site</Link></li>
          <li><Link href="/contact">Contact</Link></li>
          <li><Link href="/rencontres.ics">Agenda (iCal)</Link></li>
          <li><Link href="/api/v1/openapi.json">API</Link></li>
        </ul>
      </div>
    </footer>
  );
}
