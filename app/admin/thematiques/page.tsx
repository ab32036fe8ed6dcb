import type { Metadata } from "next";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { plural } from "@/lib/format";
import { describeThemeUses, listThemesWithUses, totalUses } from "@/lib/themes/queries";
import { CreateThemeForm, ThemeList } from "./forms";

export const metadata: Metadata = { title: "Thématiques – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function ThemesAdminPage() {
  await requirePageUser("staff", "/admin/thematiques");
  const themes = listThemesWithUses(db).map((theme) => ({
    id: theme.id,
    name: theme.name,
    slug: theme.slug,
    description: theme.description,
    uses: describeThemeUses(theme),
    inUse: totalUses(theme) > 0,
  }));
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Thématiques</h1>
      <p className="mb-6 max-w-3xl text-muted">
        La taxonomie commune aux rencontres, publications, documents et contacts, dans l&apos;ordre des pages publiques. L&apos;adresse d&apos;une thématique
        (/thematiques/…) est fixée à sa création&nbsp;: la renommer ne la change pas.
      </p>
      <section aria-labelledby="titre-nouvelle" className="mb-10">
        <h2 id="titre-nouvelle" className="mb-4 text-2xl font-bold">Nouvelle thématique</h2>
        <CreateThemeForm />
      </section>
      <section aria-labelledby="titre-liste">
        <h2 id="titre-liste" className="mb-4 text-2xl font-bold">
          Thématiques existantes ({plural(themes.length, "thématique")})
        </h2>
        <ThemeList themes={themes} />
      </section>
    </div>
  );
}
