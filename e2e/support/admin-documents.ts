import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { AdminListPage } from "./admin-list";
import { group, labelled } from "./pages";

/* Page objects of the documents library (/admin/documents), one document's page, and a document's text version. */

export class AdminDocumentsListPage extends AdminListPage {
  constructor(page: Page) {
    super(page, "/admin/documents", "Filtrer les documents", "Titre ou nom du fichier");
  }

  async filter({ text, visibility, warnings }: { text?: string; visibility?: string; warnings?: string }): Promise<void> {
    await this.filterBy(text, { Visibilité: visibility, Avertissements: warnings });
  }

  /** The focused message a deletion leads to. */
  outcome(): Locator {
    return this.page.getByRole("status").filter({ hasText: "supprimé" });
  }
}

export class AdminDocumentPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/admin/documents/${id}`);
  }

  form(): Locator {
    return this.page.getByRole("region", { name: "Fiche" }).locator("form");
  }

  /** Types into the fields given (by label; themes by the names to tick), then saves. */
  async save({ title, description, themes = [] }: { title?: string; description?: string; themes?: string[] }): Promise<void> {
    const form = this.form();
    if (title !== undefined) await labelled(form, "Titre").fill(title);
    if (description !== undefined) await labelled(form, "Description").fill(description);
    for (const theme of themes) await group(form, "Thématiques").getByRole("checkbox", { name: theme, exact: true }).check();
    await form.getByRole("button", { name: "Enregistrer" }).click();
  }

  /** The form's outcome, focused once the action answered. */
  message(): Locator {
    return this.form().locator("[aria-live]");
  }

  usage(): Locator {
    return this.page.getByRole("region", { name: "Utilisation" });
  }

  deletion(): Locator {
    return this.page.getByRole("region", { name: "Supprimer" });
  }

  /** Asks for the deletion and confirms it in the dialog, after ticking "Détacher…" if `detach`. */
  async delete({ detach }: { detach: boolean }): Promise<void> {
    const section = this.deletion();
    if (detach) await section.getByRole("checkbox", { name: "Détacher de ces pages et supprimer" }).check();
    await section.getByRole("button", { name: "Supprimer le document" }).click();
    const dialog = this.page.getByRole("dialog", { name: /^Supprimer le document/ });
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await checkAccessibility(this.page);
    await dialog.getByRole("button", { name: "Supprimer", exact: true }).click();
  }
}

export class TextVersionPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/documents/${id}/texte`);
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The paragraphs under the heading of page `n` of the PDF. */
  pageText(n: number): Locator {
    return this.page.getByRole("region", { name: `Page ${n}` }).getByRole("paragraph");
  }
}
