import type { Metadata } from "next";
import Link from "next/link";
import { publicPageMetadata, SITE_TITLE } from "@/lib/discovery/metadata";
import type { ContentView } from "@/lib/people/roles";
import { cachedUpcomingMeetings } from "@/lib/meetings/cached";
import { cachedLatestReports } from "@/lib/publications/cached";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { formatDate } from "@/lib/time";

/* The home page keeps the site's title as it is, without the template's suffix. */
export const homeMetadata: Metadata = { ...publicPageMetadata({ title: SITE_TITLE, path: "/" }), title: { absolute: SITE_TITLE } };

/** The home page for a content view: the cached public page for visitors, the same read for signed-in readers. */
export async function HomeView({ view }: { view: ContentView }) {
  const [{ items: next, themes, now }, reports] = await Promise.all([cachedUpcomingMeetings(view, 4), cachedLatestReports(view, 4)]);
  return (
    <div>
      <section aria-labelledby="titre-accueil" className="mb-10 rounded bg-brand px-6 py-8 text-white">
        <h1 id="titre-accueil" className="mb-3 text-3xl font-bold text-white">Le réseau des chefs de projet politique de la ville</h1>
        <p className="max-w-3xl text-lg">
          Rencontres de réseau, journées régionales, cycles de qualification : inscrivez-vous, retrouvez les programmes,
          les comptes rendus et les documents partagés par l&apos;IREV et les territoires des Hauts-de-France.
        </p>
        <p className="mt-4">
          <Link href="/rencontres" className="btn btn-secondary">Voir toutes les rencontres</Link>
        </p>
      </section>

      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="titre-prochaines">
          <h2 id="titre-prochaines" className="mb-4 text-2xl font-bold">Prochaines rencontres</h2>
          {next.length === 0 ? (
            <p>Aucune rencontre programmée pour le moment.</p>
          ) : (
            <ul className="grid gap-4">
              {next.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard meeting={meeting} now={now} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className="grid content-start gap-10">
          <section aria-labelledby="titre-ressources">
            <h2 id="titre-ressources" className="mb-4 text-2xl font-bold">Dernières publications</h2>
            <ul className="grid gap-3">
              {reports.map((report) => (
                <li key={report.slug} className="card">
                  <p className="text-sm font-semibold text-muted">{REPORT_KIND_LABELS[report.kind]}</p>
                  <h3 className="font-bold">
                    <Link href={`/ressources/${report.slug}`}>{report.title}</Link>
                  </h3>
                  {report.publishedAt && <p className="text-sm">Publié le {formatDate(report.publishedAt)}</p>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="titre-thematiques">
            <h2 id="titre-thematiques" className="mb-4 text-2xl font-bold">Thématiques</h2>
            <ul className="flex flex-wrap gap-2">
              {themes.map((theme) => (
                <li key={theme.id}>
                  <Link href={`/rencontres?theme=${theme.slug}&quand=passees`} className="badge">
                    {theme.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
