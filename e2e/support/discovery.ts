import { XMLParser } from "fast-xml-parser";
import type { APIRequestContext, Page } from "@playwright/test";
import { flushCacheInvalidations, invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { reports } from "@/lib/publications/schema";
import { testDb } from "./data";

/* What a page says of itself to machines: its feeds, Open Graph tags and JSON-LD, and the feeds themselves. */

export type FeedEntry = { id: string; title: string };

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });

/** The Atom feeds a page announces in its head: title and absolute address. */
export async function announcedFeeds(page: Page): Promise<{ title: string; href: string }[]> {
  return page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((link) => ({ title: link.getAttribute("title") ?? "", href: (link as HTMLLinkElement).href })));
}

/** An Open Graph property of the page ("og:title"). */
export function openGraph(page: Page, property: string): Promise<string | null> {
  return page.locator(`head meta[property="${property}"]`).getAttribute("content");
}

/** The page's JSON-LD blocks, parsed. */
export async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

/** A feed fetched and parsed as XML: it must be Atom, served as such. */
export async function fetchFeed(request: APIRequestContext, url: string): Promise<{ title: string; entries: FeedEntry[] }> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`${url} : ${response.status()}`);
  if (!response.headers()["content-type"]?.startsWith("application/atom+xml")) throw new Error(`${url} n'est pas servi en Atom`);
  const { feed } = parser.parse(await response.text());
  if (feed?.["@_xmlns"] !== "http://www.w3.org/2005/Atom") throw new Error(`${url} n'est pas un flux Atom`);
  const text = (value: string | { "#text": string }) => (typeof value === "string" ? value : value["#text"]);
  return {
    title: text(feed.title),
    entries: ((feed.entry ?? []) as { id: string; title: string | { "#text": string } }[]).map((entry) => ({ id: entry.id, title: text(entry.title) })),
  };
}

/** A report published straight in the server's database, and the running server told, as a publication does. */
export async function publishTestReport(values: { slug: string; title: string; visibility: "public" | "members" }): Promise<void> {
  const report = testDb()
    .insert(reports)
    .values({ kind: "actualite", status: "published", publishedAt: new Date(), summary: "Publication d'essai", body: "Texte.", ...values })
    .returning()
    .get();
  invalidateCache([cacheTags.reports, cacheTags.report(report.id)]);
  await flushCacheInvalidations();
}
