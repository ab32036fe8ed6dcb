import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/* The reports back office: /admin/ressources, its editor (Markdown toolbar and preview, attachments) and the workflow panel. */

export class AdminReports {
  constructor(readonly page: Page) {}

  async gotoList(query = ""): Promise<void> {
    await this.page.goto(`/admin/ressources${query}`);
  }

  async gotoNew(): Promise<void> {
    await this.page.goto("/admin/ressources/nouveau");
  }

  get form(): Locator {
    return this.page.getByRole("form", { name: /^(Créer la ressource|Enregistrer|Enregistrer la nouvelle version)$/ });
  }

  field(label: string): Locator {
    return labelled(this.form, label);
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const field = this.field(label);
      if ((await field.evaluate((element) => element.tagName)) === "SELECT") await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }

  get body(): Locator {
    return this.field("Texte");
  }

  /** Selects `text` in the body, then presses the toolbar button named `tool` with the keyboard. */
  async format(text: string, tool: string): Promise<void> {
    await this.body.evaluate((area: HTMLTextAreaElement, wanted) => {
      const start = area.value.indexOf(wanted);
      area.focus();
      area.setSelectionRange(start, start + wanted.length);
    }, text);
    const button = this.form.getByRole("group", { name: "Mise en forme du texte" }).getByRole("button", { name: tool, exact: true });
    await button.focus();
    await this.page.keyboard.press("Enter");
  }

  get preview(): Locator {
    return this.page.getByRole("region", { name: "Aperçu du texte" });
  }

  /** Finds a library document by its title and attaches it. */
  async attach(search: string, title: string): Promise<void> {
    await this.form.getByLabel(/^Chercher un document à joindre/).fill(search);
    await this.form.getByRole("button", { name: "Rechercher", exact: true }).click();
    await this.form.getByRole("list", { name: "Documents trouvés" }).getByRole("button", { name: `Joindre « ${title} »` }).click();
    await expect(this.page.locator(":focus")).toHaveText(/^Fichiers joints \(\d+\)$/);
  }

  /** Submits the form and waits for its focused outcome. */
  async save(): Promise<void> {
    await this.form.getByRole("button", { name: /^(Créer la ressource|Enregistrer|Enregistrer la nouvelle version)$/ }).click();
    await expect(this.focused()).toHaveText(/\S/);
    await checkAccessibility(this.page);
  }

  focused(): Locator {
    return this.page.locator(":focus");
  }

  get state(): Locator {
    return this.page.getByRole("region", { name: "État" });
  }

  /** Presses a workflow button (confirming when it asks) and waits for its focused outcome. */
  async transition(label: string, confirm = false): Promise<void> {
    await this.state.getByRole("button", { name: label, exact: true }).click();
    if (confirm) await this.page.getByRole("dialog").getByRole("button", { name: label, exact: true }).click();
    await expect(this.focused()).toHaveText(/\S/);
    await checkAccessibility(this.page);
  }

  async schedule(date: string, time: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Programmer la publication" });
    await labelled(form, "Publier le").fill(date);
    await labelled(form, "à").fill(time);
    await form.getByRole("button", { name: "Programmer la publication" }).click();
    await expect(this.focused()).toContainText("Publication programmée le");
    await checkAccessibility(this.page);
  }

  reportId(): string {
    return new URL(this.page.url()).pathname.split("/")[3]!;
  }
}
