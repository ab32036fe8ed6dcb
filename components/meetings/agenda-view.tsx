import Link from "next/link";
import type { ContentView } from "@/lib/people/roles";
import { cachedAgenda } from "@/lib/meetings/cached";
import { agendaHref, toMeetingFilters, type AgendaSearch } from "@/lib/meetings/filters";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { plural } from "@/lib/format";
import { MeetingFilterSelects } from "@/components/meetings/meeting-filter-selects";
import { Pagination } from "@/components/ui/pagination";

/** The agenda for these filters and this content view (see HomeView). */
export async function AgendaView({ search, view }: { search: AgendaSearch; view: ContentView }) {
  const filters = toMeetingFilters(search);
  const { result, years, themes, now } = await cachedAgenda(search, view);
  const heading =
    filters.when === "upcoming" ? "Rencontres à venir" : filters.when === "past" ? "Archives des rencontres" : `Rencontres de ${filters.when}`;
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));

  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{heading}</h1>
      <nav aria-label="Période" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={agendaHref(search, { quand: undefined })}
              aria-current={filters.when === "upcoming" ? "page" : undefined}
              className={filters.when === "upcoming" ? "btn" : "btn btn-secondary"}
            >
              À venir
            </Link>
          </li>
          <li>
            <Link
              href={agendaHref(search, { quand: "passees" })}
              aria-current={filters.when === "past" ? "page" : undefined}
              className={filters.when === "past" ? "btn" : "btn btn-secondary"}
            >
              Toutes les archives
            </Link>
          </li>
          {years.map((year) => (
            <li key={year}>
              <Link
                href={agendaHref(search, { quand: String(year) })}
                aria-current={filters.when === year ? "page" : undefined}
                className={filters.when === year ? "btn" : "btn btn-secondary"}
              >
                {year}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action="/rencontres" className="card mb-6 grid gap-4 lg:grid-cols-2 lg:items-end" aria-label="Filtrer les rencontres">
        {search.quand && <input type="hidden" name="quand" value={search.quand} />}
        <MeetingFilterSelects search={search} themes={themes} />
        <div className="flex gap-2">
          <button type="submit" className="btn">Filtrer</button>
          <Link href={agendaHref({ quand: search.quand })} className="btn btn-secondary">Effacer</Link>
        </div>
      </form>

      <p role="status" className="mb-4 font-semibold">
        {result.total === 0 ? "Aucune rencontre ne correspond à ces critères." : plural(result.total, "rencontre")}
      </p>
      <ul className="grid gap-4">
        {result.items.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard meeting={meeting} now={now} />
          </li>
        ))}
      </ul>

      <Pagination page={result.page} pages={pages} hrefFor={(n) => agendaHref(search, { page: n })} />
    </div>
  );
}
