import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { IrevMark } from "./irev-mark";
import { PhoneMenu } from "./phone-menu";

const MAIN_LINKS = [
  { href: "/", label: "Accueil" },
  { href: "/rencontres", label: "Rencontres" },
  { href: "/rencontres?quand=passees", label: "Archives" },
  { href: "/ressources", label: "Ressources" },
  { href: "/documents", label: "Documents" },
  { href: "/thematiques", label: "Thématiques" },
  { href: "/mon-espace", label: "Mon espace" },
] as const;

function MainNavigation({ className, listClassName }: { className?: string; listClassName: string }) {
  return (
    <nav aria-label="Navigation principale" className={className}>
      <ul className={`${listClassName} font-semibold [&_a]:no-underline [&_a:hover]:underline`}>
        {MAIN_LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/*
 * Static on purpose: the signed-in part is a small client island, so public pages can be served from cache.
 * On a phone the navigation and the account sit behind a "Menu" disclosure (a native <details>, so it works without
 * scripts) and only the mark and the search stay in view: otherwise the header alone filled half the first screen.
 * Only one of the two navigations is displayed at a time, so assistive technologies meet one.
 */
export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand bg-white print:hidden">
      <div className="relative mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-3 md:py-4">
        <Link href="/" className="no-underline max-md:pr-28">
          <IrevMark />
        </Link>
        <PhoneMenu className="header-menu w-full md:hidden">
          <div className="grid gap-4 border-t border-line pt-3">
            <MainNavigation listClassName="grid gap-2" />
            <AccountMenu />
          </div>
        </PhoneMenu>
        {/* Wide screens: the account above the search, on the right, level with the mark. */}
        <div className="flex w-full flex-col gap-2 md:ml-auto md:w-auto md:items-end">
          <div className="hidden md:block">
            <AccountMenu />
          </div>
          <form method="get" action="/recherche" role="search" aria-label="Recherche sur le site" className="flex w-full gap-2 md:w-auto">
            <label htmlFor="recherche-entete" className="sr-only">
              Rechercher sur le site
            </label>
            <input id="recherche-entete" type="search" name="q" className="field-input min-w-0 flex-1 md:w-56" />
            <button type="submit" className="btn">
              Rechercher<span className="sr-only"> sur le site</span>
            </button>
          </form>
        </div>
      </div>
      <MainNavigation className="hidden border-t border-line md:block" listClassName="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4 py-2" />
    </header>
  );
}
