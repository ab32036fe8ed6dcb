import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { appUrl } from "@/lib/config";

/* The sitemap's address is the running server's (SITE_URL), not the build's. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: PRIVATE_PATHS,
    },
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}

/** Personal, back-office and machine addresses: nothing there is for search engines. */
const PRIVATE_PATHS = [
  "/admin",
  "/mon-espace",
  "/api/",
  "/connexion",
  "/inscription",
  "/mot-de-passe-oublie",
  "/nouveau-mot-de-passe",
  "/compte-supprime",
  "/acces-refuse",
  "/recherche",
  "/vue-publique/",
  "/rencontres/*/annuler",
];
