import Link from "next/link";
import { frenchList, plural } from "@/lib/format";
import type { ContentView } from "@/lib/people/roles";
import { cachedThemeIndex } from "@/lib/themes/cached";

/** /thematiques: every theme, with what this content view finds on it. */
export async function ThemeIndexView({ view }: { view: ContentView }) {
  const themes = await cachedThemeIndex(view);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Thématiques</h1>
      <p className="mb-6 max-w-3xl">Les rencontres, ressources et documents du réseau, classés par thématique.</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {themes.map((theme) => {
          const found = [
            theme.meetings && plural(theme.meetings, "rencontre"),
            theme.reports && plural(theme.reports, "ressource"),
            theme.documents && plural(theme.documents, "document"),
          ].filter((part): part is string => Boolean(part));
          return (
            <li key={theme.id} className="card">
              <h2 className="text-lg font-bold">
                <Link href={`/thematiques/${theme.slug}`}>{theme.name}</Link>
              </h2>
              {theme.description && <p className="mt-1 text-sm">{theme.description}</p>}
              <p className="mt-1 text-sm text-muted">{found.length === 0 ? "Aucun contenu pour le moment" : frenchList(found)}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
