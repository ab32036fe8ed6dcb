import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { cachedSitemap } from "@/lib/discovery/cached";

/* Rendered by the running server from its own database (connection()), never frozen at build from the build's. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return cachedSitemap();
}
