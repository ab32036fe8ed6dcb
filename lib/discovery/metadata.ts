import type { Metadata } from "next";
import { feedPaths } from "./feeds";

/*
 * What every public page says of itself in its head: Open Graph (title, description, type, address, site name,
 * French locale) and the Atom feeds it is part of. A page's openGraph and alternates replace its layout's whole,
 * so each page builds both here rather than adding to the root layout's.
 */

export const SITE_TITLE = "Réseau IREV – politique de la ville Hauts-de-France";
export const SITE_DESCRIPTION =
  "Les rencontres, comptes rendus et documents du réseau des chefs de projet politique de la ville, animé par l'IREV en Hauts-de-France.";

const ATOM = "application/atom+xml";

type Theme = { slug: string; name: string };

/** The site's feeds, and those of the themes the page is about. */
export function feedAlternates(themes: Theme[] = []): NonNullable<Metadata["alternates"]> {
  return {
    types: {
      [ATOM]: [
        { url: feedPaths.reports, title: "Publications du réseau IREV" },
        { url: feedPaths.meetings, title: "Prochaines rencontres du réseau IREV" },
        ...themes.map((theme) => ({ url: feedPaths.theme(theme.slug), title: `Publications – ${theme.name}` })),
      ],
    },
  };
}

type PageDescription = {
  title: string;
  description?: string | null;
  /** The page's address on the site ("/rencontres/noyon"), made absolute with the site's URL. */
  path: string;
  themes?: Theme[];
  article?: { publishedTime?: Date | null; modifiedTime?: Date | null; section?: string; tags?: string[] };
};

/** Title, description, Open Graph and feeds of a public page. */
export function publicPageMetadata({ title, description, path, themes, article }: PageDescription): Metadata {
  const summary = description || SITE_DESCRIPTION;
  const common = { title, description: summary, url: path, siteName: "Réseau IREV", locale: "fr_FR" };
  return {
    title,
    description: summary,
    alternates: feedAlternates(themes),
    openGraph: article
      ? {
          ...common,
          type: "article",
          publishedTime: article.publishedTime?.toISOString(),
          modifiedTime: article.modifiedTime?.toISOString(),
          section: article.section,
          tags: article.tags,
        }
      : { ...common, type: "website" },
  };
}
