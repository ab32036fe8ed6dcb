import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { flushCacheInvalidations, invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { documentThemes, documents } from "@/lib/documents/schema";
import { reportThemes, reports } from "@/lib/publications/schema";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { testDb } from "./data";
import { fillFields } from "./pages";

/* Page objects and data of the reading pages: /ressources, /documents, the theme pages and my favourites. */

/** A list page with a GET filter form, a status line ("24 ressources – page 1 sur 2") and article cards. */
export class ReadingListPage {
  constructor(
    readonly page: Page,
    readonly path: "/ressources" | "/documents",
  ) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`${this.path}${query}`);
  }

  get filterForm(): Locator {
    return this.page.getByRole("form", { name: this.path === "/ressources" ? "Filtrer les ressources" : "Filtrer les documents" });
  }

  get resultCount(): Locator {
    return this.page.getByRole("main").getByRole("status");
  }

  get cards(): Locator {
    return this.page.getByRole("main").getByRole("article");
  }

  titles(): Promise<string[]> {
    return this.cards.getByRole("heading").allInnerTexts();
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  /** Chooses filters by label and option text, submits the form and waits for the new address. */
  async filter(choices: Record<string, string>): Promise<void> {
    const before = this.page.url();
    await fillFields(this.filterForm, choices);
    await this.filterForm.getByRole("button", { name: "Filtrer" }).click();
    await this.page.waitForURL((url) => url.href !== before);
  }

  async gotoPage(n: number): Promise<void> {
    await this.page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: `Page ${n}`, exact: true }).click();
    await this.page.waitForURL((url) => url.searchParams.get("page") === String(n));
  }
}

/** The favourite button of the page or of one entry: its label says what it does (the star beside it is hidden). */
export function favouriteButton(scope: Locator | Page, state: "ajouter" | "retirer"): Locator {
  return scope.getByRole("button", { name: state === "ajouter" ? /^Ajouter aux favoris/ : /^Retirer des favoris/ });
}

/**
 * A theme of its own with `reports` public reports published in 2019 (plus one for members only) and `files` public
 * documents (plus one for members only), so a test counts what it made, whatever other specs add.
 */
export async function seedReadingTheme({ reports: reportCount, files }: { reports: number; files: number }) {
  const db = testDb();
  const suffix = randomUUID().slice(0, 8);
  const theme = db.insert(themes).values({ slug: `lecture-${suffix}`, name: `Lecture ${suffix}`, position: 900 }).returning().get();
  const reportTitles: string[] = [];
  for (let i = 0; i <= reportCount; i += 1) {
    const members = i === reportCount;
    const title = members ? `Bilan réservé ${suffix}` : `Fiche ${suffix} n° ${String(i + 1).padStart(2, "0")}`;
    const report = db
      .insert(reports)
      .values({
        kind: "fiche_experience",
        title,
        slug: `fiche-${suffix}-${i}`,
        summary: members ? `Résumé réservé ${suffix}` : `Résumé ${title}`,
        status: "published",
        visibility: members ? "members" : "public",
        publishedAt: parisInstant(2019, 3, 1 + i, 10),
      })
      .returning()
      .get();
    db.insert(reportThemes).values({ reportId: report.id, themeId: theme.id }).run();
    if (!members) reportTitles.push(title);
  }
  const documentTitles: string[] = [];
  for (let i = 0; i <= files; i += 1) {
    const members = i === files;
    const title = members ? `Annuaire réservé ${suffix}` : `Document ${suffix} n° ${String(i + 1).padStart(2, "0")}`;
    const document = db
      .insert(documents)
      .values({
        title,
        originalFilename: `document-${suffix}-${i}.pdf`,
        storageName: `absent-${suffix}-${i}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: 1_940_000,
        pageCount: 12,
        sha256: `${suffix}${i}`.padEnd(64, "0"),
        visibility: members ? "members" : "public",
        downloadCount: i === 3 ? 1000 : i,
        createdAt: parisInstant(2019, 3, 1 + i, 10),
      })
      .returning()
      .get();
    db.insert(documentThemes).values({ documentId: document.id, themeId: theme.id }).run();
    if (!members) documentTitles.push(title);
  }
  invalidateCache([cacheTags.themes, cacheTags.reports, cacheTags.documents]);
  await flushCacheInvalidations();
  return { theme, suffix, reportTitles, documentTitles };
}
