import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { plural } from "@/lib/format";
import { SEARCH_TYPE_LABELS, searchHref, type SearchPageParams, type SearchType } from "@/lib/search/params";
import type { SearchHit, SearchResult } from "@/lib/search/queries";
import { formatDate } from "@/lib/time";
import { Highlighted } from "./highlighted";

/** The query as echoed in sentences: a pasted page of text is cut after its first words. */
function echoed(q: string): string {
  return q.length > 80 ? `${q.slice(0, 80)}…` : q;
}

/** The search page: one labelled field, its filters, the count, the results with their matches marked. */
export function SearchView({
  search,
  result,
  themes,
  types,
}: {
  search: SearchPageParams;
  result: SearchResult;
  themes: readonly { slug: string; name: string }[];
  /** The types this reader may look for (contacts are for members). */
  types: readonly SearchType[];
}) {
  const years = search.annee !== undefined && !result.years.includes(Number(search.annee)) ? [Number(search.annee), ...result.years] : result.years;
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Rechercher</h1>
      <form method="get" action="/recherche" role="search" aria-label="Recherche détaillée" className="card mb-6 grid gap-4 lg:grid-cols-3 lg:items-end">
        <div className="lg:col-span-3">
          <label htmlFor="recherche-mots" className="field-label">
            Mots recherchés
          </label>
          <span id="recherche-mots-aide" className="field-hint">
            {`Rencontres, ressources, documents (y compris le texte des PDF)${types.includes("contact") ? " et annuaire" : ""} ; accents et majuscules sans importance.`}
          </span>
          <input id="recherche-mots" type="search" name="q" defaultValue={search.q} aria-describedby="recherche-mots-aide" className="field-input" />
        </div>
        <FilterSelect id="recherche-type" name="type" label="Type de contenu" allLabel="Tous les contenus" value={search.type} options={types.map((type) => ({ value: type, label: SEARCH_TYPE_LABELS[type] }))} />
        <FilterSelect id="recherche-theme" name="theme" label="Thématique" allLabel="Toutes les thématiques" value={search.theme} options={themes.map((theme) => ({ value: theme.slug, label: theme.name }))} />
        <FilterSelect id="recherche-annee" name="annee" label="Année" allLabel="Toutes les années" value={search.annee} options={years.map((year) => ({ value: String(year), label: String(year) }))} />
        <div className="flex gap-2">
          <button type="submit" className="btn">
            Rechercher
          </button>
        </div>
      </form>

      <Outcome search={search} result={result} />

      {result.hits.length > 0 && (
        <ol className="grid gap-4" aria-label="Résultats">
          {result.hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`} className="min-w-0">
              <HitCard hit={hit} />
            </li>
          ))}
        </ol>
      )}

      <Pagination page={result.page} pages={result.pages} hrefFor={(page) => searchHref(search, { page })} />
    </div>
  );
}

function Outcome({ search, result }: { search: SearchPageParams; result: SearchResult }) {
  if (search.q === "") {
    return (
      <p role="status" className="mb-4">
        Saisissez un ou plusieurs mots pour chercher dans les rencontres, les ressources et les documents.
      </p>
    );
  }
  if (result.total === 0) {
    return (
      <div className="mb-4">
        <p role="status" className="font-semibold">
          {`Aucun résultat pour « ${echoed(search.q)} ».`}
        </p>
        <ul className="mt-2 list-disc pl-6">
          <li>Vérifiez l&apos;orthographe des mots ;</li>
          <li>essayez un mot plus court ou plus général (« évalu » trouve « évaluation ») ;</li>
          {(search.type !== undefined || search.theme !== undefined || search.annee !== undefined) && (
            <li>
              <Link href={searchHref({ q: search.q })}>cherchez dans tous les contenus, sans filtre</Link>.
            </li>
          )}
        </ul>
      </div>
    );
  }
  return (
    <p role="status" className="mb-4 font-semibold">
      {`${plural(result.total, "résultat")} pour « ${echoed(search.q)} »`}
      {result.pages > 1 ? ` (page ${result.page} sur ${result.pages})` : ""}
    </p>
  );
}

function HitCard({ hit }: { hit: SearchHit }) {
  const facts = [hit.label, ...(hit.date ? [formatDate(hit.date)] : []), ...hit.details];
  return (
    <article className="card wrap-anywhere">
      <h2 className="text-xl font-bold">
        {hit.href ? (
          <Link href={hit.href}>
            <Highlighted text={hit.markedTitle} />
          </Link>
        ) : (
          <Highlighted text={hit.markedTitle} />
        )}
      </h2>
      <p className="text-sm text-muted">{facts.join(" – ")}</p>
      {hit.excerpt !== "" && (
        <p className="mt-2">
          <Highlighted text={hit.excerpt} />
        </p>
      )}
      {hit.textHref && (
        <p className="mt-2">
          <Link href={hit.textHref}>
            Version texte<span className="sr-only">{` de « ${hit.title} »`}</span>
          </Link>
        </p>
      )}
    </article>
  );
}
