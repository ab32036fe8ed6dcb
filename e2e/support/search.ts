import { expect, type Locator, type Page } from "@playwright/test";

/* The search page and the header's search box, through their accessible names. */
export class SearchPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("search", { name: "Recherche détaillée" });
  }

  get headerForm(): Locator {
    return this.page.getByRole("search", { name: "Recherche sur le site" });
  }

  /** The sentence that says how many results there are (or that there are none). */
  get outcome(): Locator {
    return this.page.getByRole("main").getByRole("status");
  }

  get results(): Locator {
    return this.page.getByRole("list", { name: "Résultats" }).getByRole("article");
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  async goto(words: string): Promise<void> {
    await this.page.goto(`/recherche?q=${encodeURIComponent(words)}`);
  }

  async search(words: string): Promise<void> {
    await this.form.getByLabel("Mots recherchés").fill(words);
    await this.form.getByRole("button", { name: "Rechercher" }).click();
    await expect(this.form.getByLabel("Mots recherchés")).toHaveValue(words);
  }

  async searchFromHeader(words: string): Promise<void> {
    await this.headerForm.getByRole("searchbox", { name: "Rechercher sur le site" }).fill(words);
    await this.headerForm.getByRole("button", { name: "Rechercher sur le site" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Rechercher");
  }
}
