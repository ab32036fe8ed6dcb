import Link from "next/link";
import { FilterSelect, ThemeFilterSelect, YearFilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { ThemeLinks } from "@/components/themes/theme-links";
import { plural } from "@/lib/format";
import type { ContentView } from "@/lib/people/roles";
import { cachedReportList } from "@/lib/publications/cached";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { reportListHref, type ReportListItem, type ReportListSearch } from "@/lib/publications/reading-list";
import { REPORT_KINDS } from "@/lib/publications/schema";
import { formatDate } from "@/lib/time";

/** /ressources for these filters and this content view: the same for visitors (cached page) and signed-in readers. */
export async function ReportListView({ search, view }: { search: ReportListSearch; view: ContentView }) {
  const { result, years, themes } = await cachedReportList(search, view);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Ressources</h1>
      <p className="mb-6 max-w-3xl">Comptes rendus des rencontres, actualités et fiches d&apos;expérience publiés par l&apos;IREV.</p>

      <form method="get" action="/ressources" className="card mb-6 grid gap-4 lg:grid-cols-4 lg:items-end" aria-label="Filtrer les ressources">
        <FilterSelect
          id="filtre-type"
          name="type"
          label="Type"
          allLabel="Tous les types"
          value={search.type}
          options={REPORT_KINDS.map((kind) => ({ value: kind, label: REPORT_KIND_LABELS[kind] }))}
        />
        <ThemeFilterSelect themes={themes} value={search.theme} />
        <YearFilterSelect label="Année de publication" years={years} value={search.annee} />
        <div className="flex gap-2">
          <button type="submit" className="btn">
            Filtrer
          </button>
          <Link href="/ressources" className="btn btn-secondary">
            Effacer
          </Link>
        </div>
      </form>

      <p role="status" className="mb-4 font-semibold">
        {result.total === 0 ? "Aucune ressource ne correspond à ces critères." : plural(result.total, "ressource")}
        {pages > 1 && ` – page ${result.page} sur ${pages}`}
      </p>
      <ul className="grid gap-4">
        {result.items.map((report) => (
          <li key={report.id}>
            <ReportCard report={report} />
          </li>
        ))}
      </ul>

      <Pagination page={result.page} pages={pages} hrefFor={(n) => reportListHref(search, { page: n })} />
    </div>
  );
}

export function ReportCard({ report, headingLevel = 2 }: { report: ReportListItem; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <article className="card">
      <p className="text-sm font-semibold text-muted">{REPORT_KIND_LABELS[report.kind]}</p>
      <Heading className="text-lg font-bold">
        <Link href={`/ressources/${report.slug}`}>{report.title}</Link>
      </Heading>
      {report.publishedAt && (
        <p className="text-sm">
          Publié le <time dateTime={report.publishedAt.toISOString()}>{formatDate(report.publishedAt)}</time>
        </p>
      )}
      {report.visibility === "members" && <p className="badge mt-2">Réservé aux membres</p>}
      {report.summary && <p className="mt-1 line-clamp-3 text-sm text-muted">{report.summary}</p>}
      <ThemeLinks themes={report.themes} label={`Thématiques de «\u00a0${report.title}\u00a0»`} />
    </article>
  );
}
