import type { Locator, Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { AdminListPage } from "./admin-list";
import { labelled } from "./pages";

/* Page objects of the staff list of meetings (/admin/rencontres) and of the audit log (/admin/journal). */

export class AdminMeetingsListPage extends AdminListPage {
  constructor(page: Page) {
    super(page, "/admin/rencontres", "Filtrer les rencontres", "Titre");
  }

  async filter({ title, status, period }: { title?: string; status?: string; period?: string }): Promise<void> {
    await this.filterBy(title, { Statut: status, Période: period });
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
