import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ContactCards } from "@/components/contacts/contact-cards";
import { LibraryEntry } from "@/components/documents/library-view";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { ReportCard } from "@/components/publications/report-list-view";
import type { LibraryDocument } from "@/lib/documents/library";
import { plural } from "@/lib/format";
import type { ContentView } from "@/lib/people/roles";
import { cachedThemePage } from "@/lib/themes/cached";

export async function themeMetadata(slug: string, view: ContentView): Promise<Metadata> {
  const { page } = await cachedThemePage(slug, view);
  if (!page) return { title: "Thématique introuvable" };
  return { title: `Thématique : ${page.theme.name}`, description: page.theme.description ?? undefined };
}

/** "Toutes les ressources (12)" when the page shows only the latest of them. */
function MoreLink({ shown, total, href, label }: { shown: number; total: number; href: string; label: string }) {
  if (total <= shown) return null;
  return (
    <p className="mt-3">
      <Link href={href}>
        {label} ({total})
      </Link>
    </p>
  );
}

/**
 * A theme's page for this content view. `favourite` adds a signed-in member's own button to each document:
 * computed for the request by the page, never cached with the content.
 */
export async function ThemeView({ slug, view, favourite }: { slug: string; view: ContentView; favourite?: (document: LibraryDocument) => ReactNode }) {
  const { page, now } = await cachedThemePage(slug, view);
  if (!page) notFound();
  const { theme, upcoming, past, reports, documents, contacts } = page;
  return (
    <div>
      <nav aria-label="Fil d'Ariane" className="mb-6 text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/">Accueil</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link href="/thematiques">Thématiques</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page" className="text-muted">
            {theme.name}
          </li>
        </ol>
      </nav>
      <h1 className="mb-3 text-3xl font-bold">{theme.name}</h1>
      {theme.description && <p className="mb-6 max-w-3xl">{theme.description}</p>}

      <section aria-labelledby="rencontres-a-venir" className="mt-8">
        <h2 id="rencontres-a-venir" className="mb-3 text-2xl font-bold">
          Rencontres à venir
        </h2>
        {upcoming.total === 0 ? (
          <p>Aucune rencontre à venir sur cette thématique.</p>
        ) : (
          <ul className="grid gap-4">
            {upcoming.items.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} now={now} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <MoreLink shown={upcoming.items.length} total={upcoming.total} href={`/rencontres?theme=${theme.slug}`} label="Toutes les rencontres à venir" />
      </section>

      {past.total > 0 && (
        <section aria-labelledby="rencontres-passees" className="mt-8">
          <h2 id="rencontres-passees" className="mb-3 text-2xl font-bold">
            Rencontres passées
          </h2>
          <ul className="grid gap-4">
            {past.items.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} now={now} headingLevel={3} />
              </li>
            ))}
          </ul>
          <MoreLink shown={past.items.length} total={past.total} href={`/rencontres?quand=passees&theme=${theme.slug}`} label="Toutes les rencontres passées" />
        </section>
      )}

      <section aria-labelledby="ressources" className="mt-8">
        <h2 id="ressources" className="mb-3 text-2xl font-bold">
          Ressources
        </h2>
        {reports.total === 0 ? (
          <p>Aucune ressource publiée sur cette thématique.</p>
        ) : (
          <ul className="grid gap-4">
            {reports.items.map((report) => (
              <li key={report.id}>
                <ReportCard report={report} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <MoreLink shown={reports.items.length} total={reports.total} href={`/ressources?theme=${theme.slug}`} label="Toutes les ressources" />
      </section>

      <section aria-labelledby="documents" className="mt-8">
        <h2 id="documents" className="mb-3 text-2xl font-bold">
          Documents
        </h2>
        {documents.total === 0 ? (
          <p>Aucun document sur cette thématique.</p>
        ) : (
          <ul className="grid gap-4">
            {documents.items.map((document) => (
              <li key={document.id}>
                <LibraryEntry document={document} favourite={favourite?.(document)} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <MoreLink shown={documents.items.length} total={documents.total} href={`/documents?theme=${theme.slug}`} label="Tous les documents" />
      </section>

      {contacts.length > 0 && (
        <section aria-labelledby="contacts" className="mt-8">
          <h2 id="contacts" className="mb-3 text-2xl font-bold">
            Contacts
          </h2>
          <p className="mb-3 text-sm text-muted">{plural(contacts.length, "contact")} sur cette thématique, visibles des seuls membres du réseau.</p>
          <ContactCards contacts={contacts} />
        </section>
      )}
    </div>
  );
}
