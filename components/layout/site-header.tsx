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
        <AccountMenu />
      </div>
      <nav aria-label="Navigation principale" className="border-t border-line">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4 py-2 font-semibold [&_a]:no-underline [&_a:hover]:underline">
          <li><Link href="/">Accueil</Link></li>
          <li><Link href="/rencontres">Rencontres</Link></li>
          <li><Link href="/rencontres?quand=passees">Archives</Link></li>
          <li><Link href="/mon-espace">Mon espace</Link></li>
        </ul>
      </nav>
    </header>
  );
}
