import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/* The meeting form of the back office (/admin/rencontres/nouvelle, the "Fiche" tab), its preview and its cancellation page. */

export class AdminMeetingFiche {
  constructor(readonly page: Page) {}

  async gotoNew(): Promise<void> {
    await this.page.goto("/admin/rencontres/nouvelle");
  }

  async goto(slug: string, subpath = ""): Promise<void> {
    await this.page.goto(`/admin/rencontres/${slug}${subpath}`);
  }

  get form(): Locator {
    return this.page.getByRole("form", { name: /^(Créer la rencontre|Enregistrer la fiche)$/ });
  }

  field(label: string): Locator {
    return labelled(this.form, label);
  }

  /** Fills labelled fields: a <select> by the text of its option, anything else by typing. */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const field = this.field(label);
      if ((await field.evaluate((element) => element.tagName)) === "SELECT") await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }

  async check(group: string, label: string): Promise<void> {
    await this.form.getByRole("group", { name: new RegExp(`^${group}`) }).getByLabel(label, { exact: true }).check();
  }

  /** Submits and waits for the outcome, which has the focus. */
  async submit(): Promise<void> {
    await this.form.getByRole("button", { name: /^(Créer la rencontre|Enregistrer la fiche)$/ }).click();
    await expect(this.page.locator(":focus")).toHaveText(/\S/);
    await checkAccessibility(this.page);
  }

  /** The focused outcome of the last action. */
  focused(): Locator {
    return this.page.locator(":focus");
  }

  get actions(): Locator {
    return this.page.getByRole("region", { name: "Publication et actions" });
  }

  slug(): string {
    return new URL(this.page.url()).pathname.split("/")[3]!;
  }
}
