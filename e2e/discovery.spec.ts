import { test, expect } from "./support/fixtures";
import { announcedFeeds, fetchFeed, jsonLd, openGraph, publishTestReport } from "./support/discovery";

/* Discovery: feeds announced in every page's head, sitemap and robots, Open Graph and JSON-LD, printing a report. */

const NOYON_MEETING = "reseau-chefs-de-projet-noyon-11-mai-2017";
const LILLERS_REPORT = "compte-rendu-reseau-chefs-de-projet-lillers-14-decembre-2017";

test.describe("Flux", () => {
  test("le flux annoncé par la page d'accueil est un flux Atom des publications, à jour dès la publication, sans rien de réservé aux membres", async ({ page }) => {
    const stamp = Date.now();
    const publicSlug = `flux-public-${stamp}`;
    const membersSlug = `flux-membres-${stamp}`;
    await publishTestReport({ slug: publicSlug, title: `Actualité publique ${stamp}`, visibility: "public" });
    await publishTestReport({ slug: membersSlug, title: `Actualité réservée ${stamp}`, visibility: "members" });

    await page.goto("/");
    const feeds = await announcedFeeds(page);
    expect(feeds.map((feed) => feed.title)).toEqual(["Publications du réseau IREV", "Prochaines rencontres du réseau IREV"]);
    const publications = await fetchFeed(page.request, feeds[0]!.href);
    const ids = publications.entries.map((entry) => entry.id);
    expect(ids).toContain(new URL(`/ressources/${publicSlug}`, page.url()).href);
    expect(ids.filter((id) => id.includes(membersSlug))).toEqual([]);
    expect(ids).toContain(new URL(`/ressources/${LILLERS_REPORT}`, page.url()).href);

    const meetings = await fetchFeed(page.request, feeds[1]!.href);
    expect(meetings.title).toMatch(/^Prochaines rencontres/);
    expect(meetings.entries.length).toBeGreaterThan(0);
    /* Past meetings are not in the feed of upcoming ones. */
    expect(meetings.entries.map((entry) => entry.id).filter((id) => id.endsWith(NOYON_MEETING))).toEqual([]);
  });

  test("une publication annonce aussi le flux de chacune de ses thématiques", async ({ page }) => {
    await page.goto(`/ressources/${LILLERS_REPORT}`);
    const themeFeeds = (await announcedFeeds(page)).filter((feed) => feed.href.includes("/thematiques/"));
    expect(themeFeeds.length).toBeGreaterThan(0);
    for (const feed of themeFeeds) {
      const parsed = await fetchFeed(page.request, feed.href);
      expect(parsed.entries.map((entry) => entry.id)).toContain(new URL(`/ressources/${LILLERS_REPORT}`, page.url()).href);
    }
    expect((await page.request.get("/thematiques/inconnue/flux.xml")).status()).toBe(404);
  });

  test("une page de thématique annonce le flux de sa thématique", async ({ page }) => {
    await page.goto(`/ressources/${LILLERS_REPORT}`);
    const themeFeed = (await announcedFeeds(page)).find((feed) => feed.href.includes("/thematiques/"))!;
    await page.goto(new URL(themeFeed.href).pathname.replace(/\/flux\.xml$/, ""));
    expect(await announcedFeeds(page)).toContainEqual(themeFeed);
  });
});

test.describe("Moteurs de recherche", () => {
  test("robots.txt écarte les pages privées et donne le plan du site, qui liste les pages publiques", async ({ page }) => {
    const robots = await (await page.request.get("/robots.txt")).text();
    for (const path of ["/admin", "/mon-espace", "/api/", "/connexion"]) expect(robots).toContain(`Disallow: ${path}`);
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBeTruthy();

    const stamp = Date.now();
    await publishTestReport({ slug: `plan-membres-${stamp}`, title: `Réservée ${stamp}`, visibility: "members" });
    await publishTestReport({ slug: `plan-public-${stamp}`, title: `Publique ${stamp}`, visibility: "public" });
    const sitemap = await (await page.request.get(new URL(sitemapUrl!).pathname)).text();
    expect(sitemap).toContain(`/ressources/${LILLERS_REPORT}</loc>`);
    expect(sitemap).toContain(`/rencontres/${NOYON_MEETING}</loc>`);
    expect(sitemap).toContain(`/ressources/plan-public-${stamp}</loc>`);
    expect(sitemap).not.toContain(`plan-membres-${stamp}`);
    expect(sitemap).not.toMatch(/\/(admin|mon-espace|api)\//);
  });
});

test.describe("Métadonnées", () => {
  test("une rencontre se décrit en JSON-LD (Event) et en Open Graph", async ({ page }) => {
    await page.goto(`/rencontres/${NOYON_MEETING}`);
    const [event] = await jsonLd(page);
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      eventStatus: "https://schema.org/EventScheduled",
      organizer: { "@type": "Organization", name: "IREV – Institut régional de la ville" },
    });
    expect(String(event!.startDate)).toMatch(/^2017-05-11(T\d{2}:\d{2}:\d{2}\+02:00)?$/);
    expect(event!.url).toBe(page.url());
    expect(await openGraph(page, "og:url")).toBe(page.url());
    expect(await openGraph(page, "og:locale")).toBe("fr_FR");
    expect(await openGraph(page, "og:site_name")).toBe("Réseau IREV");
    expect(await openGraph(page, "og:title")).toBe(await page.getByRole("heading", { level: 1 }).innerText());
  });

  test("une publication se décrit en JSON-LD (Article) et en Open Graph de type article", async ({ page }) => {
    await page.goto(`/ressources/${LILLERS_REPORT}`);
    const [article] = await jsonLd(page);
    expect(article).toMatchObject({ "@type": "Article", publisher: { "@type": "Organization" } });
    expect(article!.headline).toBe(await page.getByRole("heading", { level: 1 }).innerText());
    expect(String(article!.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect(await openGraph(page, "og:type")).toBe("article");
  });
});

test.describe("Impression", () => {
  test("une publication s'imprime seule : ni en-tête, ni navigation, ni pied de page, avec ses liens numérotés", async ({ page }) => {
    await page.goto(`/ressources/${LILLERS_REPORT}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Fil d'Ariane" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const links = page.getByRole("region", { name: "Liens" });
    await expect(links).toBeVisible();
    await expect(links.getByRole("listitem").first()).toContainText(/^\[1\]\s*https?:\/\//);
    const fontSize = await page.locator("main").evaluate((main) => getComputedStyle(main).fontSize);
    expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(14);

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("banner")).toBeVisible();
  });
});
