import { foldForSearch } from "@/lib/people/names";

/** "Égalité, citoyenneté, discriminations" → "egalite-citoyennete-discriminations": the part of a French URL made from a name. */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The slug itself when free, else the first of "slug-2", "slug-3"… that is. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  const root = base || "sans-titre";
  if (!taken(root)) return root;
  for (let n = 2; ; n += 1) if (!taken(`${root}-${n}`)) return `${root}-${n}`;
}
