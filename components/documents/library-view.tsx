import Link from "next/link";
import type { ReactNode } from "react";
import { FilterSelect, ThemeFilterSelect, YearFilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { ThemeLinks } from "@/components/themes/theme-links";
import { cachedLibrary } from "@/lib/documents/cached";
import { describeFile } from "@/lib/documents/describe";
import { LIBRARY_SORT_LABELS, LIBRARY_SORTS, LIBRARY_USE_LABELS, LIBRARY_USES, libraryHref, type LibraryDocument, type LibrarySearch } from "@/lib/documents/library";
import { documentHref, downloadHref, textVersionHref } from "@/lib/documents/links";
import { plural } from "@/lib/format";
import type { ContentView } from "@/lib/people/roles";
import { formatDate } from "@/lib/time";

/**
 * /documents for these filters and this content view. `favourite` adds a signed-in member's own button to each
 * entry: computed for the request by the page, never cached with the list.
 */
export async function LibraryView({ search, view, favourite }: { search: LibrarySearch; view: ContentView; favourite?: (document: LibraryDocument) => ReactNode }) {
  const { result, years, themes } = await cachedLibrary(search, view);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Documents</h1>
      <p className="mb-6 max-w-3xl">
        Les documents diffusés par l&apos;IREV : invitations, supports d&apos;intervention, synthèses et études.
        {view === "public" && " Les documents réservés aux membres apparaissent ici une fois connecté avec un compte membre."}
      </p>

      <form method="get" action="/documents" className="card mb-6 grid gap-4 lg:grid-cols-5 lg:items-end" aria-label="Filtrer les documents">
        <ThemeFilterSelect themes={themes} value={search.theme} />
        <YearFilterSelect label="Année d'ajout" years={years} value={search.annee} />
        <FilterSelect
          id="filtre-usage"
          name="usage"
          label="Joints à"
          allLabel="Tous les documents"
          value={search.usage}
          options={LIBRARY_USES.map((use) => ({ value: use, label: LIBRARY_USE_LABELS[use] }))}
        />
        <div>
          <label htmlFor="filtre-tri" className="field-label">
            Trier par
          </label>
          <select id="filtre-tri" name="tri" defaultValue={search.tri ?? "date"} className="field-input">
            {LIBRARY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {LIBRARY_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn">
            Filtrer
          </button>
          <Link href="/documents" className="btn btn-secondary">
            Effacer
          </Link>
        </div>
      </form>

      <p role="status" className="mb-4 font-semibold">
        {result.total === 0 ? "Aucun document ne correspond à ces critères." : plural(result.total, "document")}
        {pages > 1 && ` – page ${result.page} sur ${pages}`}
        {` – ${LIBRARY_SORT_LABELS[search.tri ?? "date"].toLowerCase()} d'abord`}
      </p>
      <ul className="grid gap-4">
        {result.items.map((document) => (
          <li key={document.id}>
            <LibraryEntry document={document} favourite={favourite?.(document)} />
          </li>
        ))}
      </ul>

      <Pagination page={result.page} pages={pages} hrefFor={(n) => libraryHref(search, { page: n })} />
    </div>
  );
}

export function LibraryEntry({ document, favourite, headingLevel = 2 }: { document: LibraryDocument; favourite: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <article className="card">
      <Heading className="text-lg font-bold">
        <a href={documentHref(document)}>{document.title}</a>
        {document.visibility === "members" && (
          <>
            {" "}
            <span className="badge">réservé aux membres</span>
          </>
        )}
      </Heading>
      <p className="text-sm text-muted">
        <span className="break-all">{document.originalFilename}</span> – {describeFile(document)} – ajouté le{" "}
        <time dateTime={document.createdAt.toISOString()}>{formatDate(document.createdAt)}</time>
      </p>
      {document.description && <p className="mt-1 text-sm">{document.description}</p>}
      <ThemeLinks themes={document.themes} label={`Thématiques de «\u00a0${document.title}\u00a0»`} />
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <a href={downloadHref(document)}>
          Télécharger<span className="sr-only"> «&nbsp;{document.title}&nbsp;»</span>
        </a>
        <a href={textVersionHref(document)}>
          Version texte<span className="sr-only"> de «&nbsp;{document.title}&nbsp;»</span>
        </a>
        {favourite}
      </div>
    </article>
  );
}
