import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/* Page objects of a report's revisions in the back office (/admin/ressources/[id]/revisions), through accessible names. */

export class ReportRevisionsPage {
  constructor(readonly page: Page) {}

  async goto(reportId: string): Promise<void> {
    await this.page.goto(`/admin/ressources/${reportId}/revisions`);
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: /^Versions de/ });
  }

  /** The row of one revision, headed "Version n". */
  row(number: number): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: `Version ${number}`, exact: true }) });
  }

  /** The "État" cell of a revision: "publiée", "version en attente", or none. */
  state(number: number): Locator {
    return this.row(number).getByRole("cell").nth(2);
  }

  /** The outcome of a restoration, focused and announced once it is done. */
  get outcome(): Locator {
    return this.page.getByRole("main").getByRole("status").filter({ hasText: /restaurée/ });
  }

  /** Chooses two revisions by their number and opens their comparison. */
  async compare(from: number, to: number): Promise<void> {
    const form = this.page.getByRole("form", { name: "Comparer deux versions" });
    await labelled(form, "Version de départ").selectOption({ label: await optionLabel(form, "Version de départ", from) });
    await labelled(form, "Version d'arrivée").selectOption({ label: await optionLabel(form, "Version d'arrivée", to) });
    await form.getByRole("button", { name: "Comparer" }).click();
    await this.page.waitForURL(/\/revisions\/comparer\?/);
  }

  /** Restores a revision: its button, then the dialog, whose focus starts on "Annuler". */
  async restore(number: number): Promise<void> {
    await this.row(number).getByRole("button", { name: `Restaurer la version ${number}` }).click();
    const dialog = this.page.getByRole("dialog", { name: new RegExp(`^Restaurer la version ${number} du `) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await checkAccessibility(this.page);
    await dialog.getByRole("button", { name: "Restaurer" }).click();
  }
}

async function optionLabel(form: Locator, select: string, number: number): Promise<string> {
  const labels = await labelled(form, select).locator("option").allTextContents();
  const label = labels.find((text) => text.startsWith(`Version ${number} du `));
  if (!label) throw new Error(`Version ${number} absente de « ${select} » : ${labels.join(" | ")}`);
  return label;
}

export class RevisionComparisonPage {
  constructor(readonly page: Page) {}

  /** The changes of one field, under its heading. */
  field(label: string): Locator {
    return this.page.getByRole("region", { name: label, exact: true });
  }

  removed(scope: Locator, text: string): Locator {
    return scope.locator("del").filter({ hasText: text });
  }

  added(scope: Locator, text: string): Locator {
    return scope.locator("ins").filter({ hasText: text });
  }

  get unchanged(): Locator {
    return this.page.getByRole("main").getByText(/^Inchangé/);
  }
}
