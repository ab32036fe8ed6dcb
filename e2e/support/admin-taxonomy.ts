import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/* Page objects of the back office's themes and organisations, through accessible names. */

export class AdminThemesPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/thematiques");
  }

  /** A theme of the list, headed by its name. */
  item(name: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 3, name, exact: true }) });
  }

  /** The outcome of a merge or a deletion, above the list (the item it came from is gone). */
  get outcome(): Locator {
    return this.page.getByRole("region", { name: /^Thématiques existantes/ }).getByRole("status");
  }

  /** Merges with the keyboard only: the button, then the dialog, whose focus starts on "Annuler". */
  async mergeWithKeyboard(removed: string, kept: string): Promise<void> {
    const item = this.item(removed);
    await item.getByText(`Fusionner ou supprimer «\u00a0${removed}\u00a0»`).click();
    await labelled(item, `Thématique qui remplacera «\u00a0${removed}\u00a0»`).selectOption({ label: kept });
    await item.getByRole("button", { name: `Fusionner «\u00a0${removed}\u00a0»` }).focus();
    await this.page.keyboard.press("Enter");
    const dialog = this.page.getByRole("dialog", { name: `Fusionner «\u00a0${removed}\u00a0» dans «\u00a0${kept}\u00a0»\u00a0? Cette action est définitive.` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await checkAccessibility(this.page);
    await this.page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Fusionner" })).toBeFocused();
    await this.page.keyboard.press("Enter");
  }
}

export class AdminOrganisationsPage {
  constructor(readonly page: Page) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/admin/organisations${query}`);
  }

  get toAttach(): Locator {
    return this.page.getByRole("region", { name: /^Structures à rattacher/ });
  }

  /** The form of one name typed under "Autre structure". */
  group(typedName: string): Locator {
    return this.toAttach.getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 3, name: `«\u00a0${typedName}\u00a0»`, exact: true }) });
  }

  async create(fields: { Nom: string; Type: string; Département: string; Ville: string }): Promise<void> {
    await this.page.getByText("Nouvelle organisation", { exact: true }).click();
    const form = this.page.locator("form").filter({ has: this.page.getByRole("button", { name: "Créer l'organisation", exact: true }) });
    await labelled(form, "Nom").fill(fields.Nom);
    await labelled(form, "Type").selectOption({ label: fields.Type });
    await labelled(form, "Département").selectOption({ label: fields.Département });
    await labelled(form, "Ville").fill(fields.Ville);
    await form.getByRole("button", { name: "Créer l'organisation", exact: true }).click();
    await expect(form.getByRole("status")).toHaveText(`Organisation «\u00a0${fields.Nom}\u00a0» créée.`);
    await checkAccessibility(this.page);
  }

  async search(text: string): Promise<void> {
    await labelled(this.page.getByRole("search", { name: "Filtrer les organisations" }), "Rechercher").fill(text);
    await this.page.getByRole("button", { name: "Filtrer" }).click();
    await this.page.waitForURL(/recherche=/);
  }

  /** The names heading the rows of the table. */
  rowNames(): Locator {
    return this.page.getByRole("table").getByRole("rowheader").getByRole("link");
  }
}
