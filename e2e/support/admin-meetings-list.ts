import type { Locator, Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/* Page objects of the staff list of meetings (/admin/rencontres) and of the audit log (/admin/journal). */

export class AdminMeetingsListPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/rencontres");
  }

  filters(): Locator {
    return this.page.getByRole("search", { name: "Filtrer les rencontres" });
  }

  /** Fills the filters given (search text, and selects by the text of their option), then submits them. */
  async filter({ title, status, period }: { title?: string; status?: string; period?: string }): Promise<void> {
    const form = this.filters();
    if (title !== undefined) await labelled(form, "Titre").fill(title);
    if (status) await labelled(form, "Statut").selectOption({ label: status });
    if (period) await labelled(form, "Période").selectOption({ label: period });
    await form.getByRole("button", { name: "Filtrer" }).click();
    await this.page.waitForURL((url) => url.pathname === "/admin/rencontres" && (title === undefined || url.searchParams.get("q") === title));
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

  async sortBy(column: string): Promise<void> {
    const before = this.page.url();
    await this.table().getByRole("columnheader", { name: column }).getByRole("link").click();
    await this.page.waitForURL((url) => url.href !== before);
    await checkAccessibility(this.page);
  }

  checkbox(title: string): Locator {
    return this.page.getByRole("checkbox", { name: `Sélectionner « ${title} »` });
  }

  /** The outcome of the last bulk action: the focused message above the table. */
  outcome(): Locator {
    return this.page.getByRole("form", { name: "Actions sur les rencontres sélectionnées" }).locator("[aria-live]");
  }
}

export class AdminJournalPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/journal");
  }

  async filterByAction(action: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Filtrer le journal" });
    await labelled(form, "Action").selectOption({ label: action });
    await form.getByRole("button", { name: "Filtrer" }).click();
    await this.page.waitForURL(/action=/);
    await checkAccessibility(this.page);
  }

  rows(): Locator {
    return this.page.getByRole("table").getByRole("row").filter({ has: this.page.getByRole("rowheader") });
  }
}
