import type { Locator, Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/** What the back-office lists share: a search form of filters, a table whose row headers link each record. */
export class AdminListPage {
  constructor(
    readonly page: Page,
    private readonly path: string,
    private readonly filtersName: string,
    private readonly searchLabel: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(this.path);
  }

  filters(): Locator {
    return this.page.getByRole("search", { name: this.filtersName });
  }

  /** Types the search text and picks each select's option by its text (selects named by their label), then submits. */
  protected async filterBy(text: string | undefined, selects: Record<string, string | undefined>): Promise<void> {
    const form = this.filters();
    if (text !== undefined) await labelled(form, this.searchLabel).fill(text);
    for (const [label, option] of Object.entries(selects)) if (option) await labelled(form, label).selectOption({ label: option });
    await form.getByRole("button", { name: "Filtrer" }).click();
    await this.page.waitForURL((url) => url.pathname === this.path && (text === undefined || url.searchParams.get("q") === text));
    await checkAccessibility(this.page);
  }

  table(): Locator {
    return this.page.getByRole("table");
  }

  /** The titles of the rows, in their order. */
  async titles(): Promise<string[]> {
    return (await this.table().getByRole("rowheader").getByRole("link").allTextContents()).map((text) => text.trim());
  }

  row(title: string): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader").getByRole("link", { name: title, exact: true }) });
  }
}
