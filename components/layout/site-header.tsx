import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { IrevMark } from "./irev-mark";

/* Static on purpose: the signed-in part is a small client island, so public pages can be served from cache. */
export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="no-underline">
          <IrevMark />
        </Link>
        <form method="get" action="/recherche" role="search" aria-label="Recherche sur le site" className="order-last flex w-full gap-2 md:order-none md:ml-auto md:w-auto">
          <label htmlFor="recherche-entete" className="sr-only">
            Rechercher sur le site
          </label>
          <input id="recherche-entete" type="search" name="q" className="field-input min-w-0 flex-1 md:w-56" />
          <button type="submit" className="btn">
            Rechercher<span className="sr-only"> sur le site</span>
          </button>
        </form>
        <AccountMenu />
      </div>
      <nav aria-label="Navigation principale" className="border-t border-line">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4 py-2 font-semibold [&_a]:no-underline [&_a:hover]:underline">
          <li><Link href="/">Accueil</Link></li>
          <li><Link href="/rencontres">Rencontres</Link></li>
          <li><Link href="/rencontres?quand=passees">Archives</Link></li>
          <li><Link href="/ressources">Ressources</Link></li>
          <li><Link href="/documents">Documents</Link></li>
          <li><Link href="/thematiques">Thématiques</Link></li>
          <li><Link href="/mon-espace">Mon espace</Link></li>
        </ul>
      </nav>
    </header>
  );
}
