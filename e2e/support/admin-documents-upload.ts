import { expect, type Locator, type Page } from "@playwright/test";

/* Page objects of the staff's PDF upload and file replacement, through accessible names. */

export type PdfFile = { name: string; mimeType: string; buffer: Buffer };

const quoted = (name: string) => `«\u00a0${name}\u00a0»`;

export class DocumentUploadPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/documents/nouveau");
    await expect(this.page.getByRole("heading", { level: 1, name: "Téléverser des documents" })).toBeVisible();
  }

  async gotoReplace(documentId: string): Promise<void> {
    await this.page.goto(`/admin/documents/${documentId}/remplacer`);
    await expect(this.page.getByRole("heading", { level: 1, name: /^Remplacer le fichier de/ })).toBeVisible();
  }

  /** Chooses the files with the labelled file input, then a visibility when the page offers one. */
  async choose(files: PdfFile[], visibility?: "Public" | "Réservé aux membres"): Promise<void> {
    await this.page.getByLabel(/^(Fichiers PDF|Nouveau fichier PDF)$/).setInputFiles(files);
    if (visibility) await this.page.getByRole("group", { name: "Visibilité" }).getByRole("radio", { name: new RegExp(`^${visibility}`) }).check();
  }

  async submit(label: "Téléverser" | "Remplacer le fichier"): Promise<void> {
    await this.page.getByRole("button", { name: label }).click();
  }

  /** The heading the focus moves to once every file has its result. */
  get resultsHeading(): Locator {
    return this.page.getByRole("heading", { level: 2, name: "Résultat de l'envoi" });
  }

  /** One file's block in the results: its name, progress, state and outcome (names are unique in a test). */
  item(name: string): Locator {
    return this.page.locator("[data-televersement]").filter({ hasText: name });
  }

  progress(name: string): Locator {
    return this.page.getByRole("progressbar", { name: `Progression de l'envoi de ${quoted(name)}` });
  }

  /** Waits for the file to be sent in full and saved: progress at 100, "100 %" and "Enregistré". */
  async expectSaved(name: string): Promise<void> {
    await expect(this.item(name)).toHaveAttribute("data-televersement", "done", { timeout: 30_000 });
    await expect(this.progress(name)).toHaveAttribute("value", "100");
    await expect(this.item(name)).toContainText("100\u00a0%");
    await expect(this.item(name)).toContainText("Enregistré");
  }

  async expectRefused(name: string, message: string | RegExp): Promise<void> {
    await expect(this.item(name)).toHaveAttribute("data-televersement", "refused", { timeout: 30_000 });
    await expect(this.item(name)).toContainText("Refusé");
    await expect(this.item(name)).toContainText(message);
  }

  /** The link to the edit page of the document a file became; its href ends with the document's id. */
  editLink(title: string): Locator {
    return this.page.getByRole("link", { name: `Modifier ${quoted(title)}` });
  }
}
