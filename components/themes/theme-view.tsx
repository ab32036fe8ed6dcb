import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ContactCards } from "@/components/contacts/contact-cards";
import { LibraryEntry } from "@/components/documents/library-view";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { ReportCard } from "@/components/publications/report-list-view";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import type { LibraryDocument } from "@/lib/documents/library";
import { plural } from "@/lib/format";
import type { ContentView } from "@/lib/people/roles";
import { cachedThemePage } from "@/lib/themes/cached";

export async function themeMetadata(slug: string, view: ContentView): Promise<Metadata> {
  const { page } = await cachedThemePage(slug, view);
  if (!page) return { title: "Thématique introuvable" };
  const { name, description } = page.theme;
  return publicPageMetadata({ title: `Thématique : ${name}`, description, path: `/thematiques/${slug}`, themes: [{ slug, name }] });
}

/** One kind of content on the theme: its latest cards, and when there are more, a link to all of them ("Toutes les ressources (12)"). */
function ThemeSection({
  id,
  heading,
  empty,
  total,
  more,
  items,
}: {
  id: string;
  heading: string;
  empty: string;
  total: number;
  more: { href: string; label: string };
  items: { id: string; card: ReactNode }[];
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {heading}
      </h2>
      {total === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="grid gap-4">
          {items.map((item) => (
            <li key={item.id}>{item.card}</li>
          ))}
        </ul>
      )}
      {total > items.length && (
        <p className="mt-3">
          <Link href={more.href}>
            {more.label} ({total})
          </Link>
        </p>
      )}
    </section>
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

      <ThemeSection
        id="rencontres-a-venir"
        heading="Rencontres à venir"
        empty="Aucune rencontre à venir sur cette thématique."
        total={upcoming.total}
        more={{ href: `/rencontres?theme=${theme.slug}`, label: "Toutes les rencontres à venir" }}
        items={upcoming.items.map((meeting) => ({ id: meeting.id, card: <MeetingCard meeting={meeting} now={now} headingLevel={3} /> }))}
      />
      {past.total > 0 && (
        <ThemeSection
          id="rencontres-passees"
          heading="Rencontres passées"
          empty=""
          total={past.total}
          more={{ href: `/rencontres?quand=passees&theme=${theme.slug}`, label: "Toutes les rencontres passées" }}
          items={past.items.map((meeting) => ({ id: meeting.id, card: <MeetingCard meeting={meeting} now={now} headingLevel={3} /> }))}
        />
      )}
      <ThemeSection
        id="ressources"
        heading="Ressources"
        empty="Aucune ressource publiée sur cette thématique."
        total={reports.total}
        more={{ href: `/ressources?theme=${theme.slug}`, label: "Toutes les ressources" }}
        items={reports.items.map((report) => ({ id: report.id, card: <ReportCard report={report} headingLevel={3} /> }))}
      />
      <ThemeSection
        id="documents"
        heading="Documents"
        empty="Aucun document sur cette thématique."
        total={documents.total}
        more={{ href: `/documents?theme=${theme.slug}`, label: "Tous les documents" }}
        items={documents.items.map((document) => ({
          id: document.id,
          card: <LibraryEntry document={document} favourite={favourite?.(document)} headingLevel={3} />,
        }))}
      />

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
