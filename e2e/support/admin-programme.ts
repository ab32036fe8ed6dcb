import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { labelled } from "./pages";

/* Page objects of one meeting's programme, questions and files in the back office. */

/** The page's permanent status region (the layout's), where moves and removals are announced. */
export function announcements(page: Page): Locator {
  return page.locator("div.sr-only[role=status]");
}

export type ItemValues = { kind: string; title: string; start: string; end: string; speakers?: { name: string; function: string; organisation: string }[] };

export class AdminProgrammePage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/admin/rencontres/${this.slug}/programme`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Programme de");
  }

  get items(): Locator {
    return this.page.getByRole("region", { name: /^Séquences/ }).getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 3 }) });
  }

  titles(): Promise<string[]> {
    return this.page.getByRole("region", { name: /^Séquences/ }).getByRole("heading", { level: 3 }).allInnerTexts();
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  async add(values: ItemValues): Promise<void> {
    const form = this.page.getByRole("form", { name: "Nouvelle séquence" });
    await labelled(form, "Type").selectOption({ label: values.kind });
    await labelled(form, "Titre").fill(values.title);
    await labelled(form, "Début").fill(values.start);
    await labelled(form, "Fin").fill(values.end);
    for (const [index, speaker] of (values.speakers ?? []).entries()) {
      await form.getByRole("button", { name: "Ajouter un intervenant" }).click();
      const row = form.getByRole("group", { name: `Intervenant ${index + 1}` });
      await expect(labelled(row, "Nom")).toBeFocused();
      await labelled(row, "Nom").fill(speaker.name);
      await labelled(row, "Fonction").fill(speaker.function);
      await labelled(row, "Structure").fill(speaker.organisation);
    }
    await form.getByRole("button", { name: "Ajouter la séquence" }).click();
    await expect(form.getByRole("status")).toHaveText(`« ${values.title} » ajoutée au programme.`);
    await expect(this.page.getByRole("region", { name: /^Séquences/ }).getByRole("heading", { name: values.title, exact: true })).toBeVisible();
    await checkAccessibility(this.page);
  }

  /** Moves an item with the keyboard: focus on its button, Enter. */
  async moveWithKeyboard(title: string, direction: "Monter" | "Descendre"): Promise<Locator> {
    const button = this.button(`${direction} « ${title} »`);
    await button.focus();
    await this.page.keyboard.press("Enter");
    return button;
  }
}

export type QuestionValues = { label: string; kind: string; options?: string[]; required?: boolean; help?: string };

export class AdminQuestionsPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/admin/rencontres/${this.slug}/questions`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Questions posées");
  }

  titles(): Promise<string[]> {
    return this.page.getByRole("region", { name: /^Questions posées \(/ }).getByRole("heading", { level: 3 }).allInnerTexts();
  }

  async add(values: QuestionValues): Promise<void> {
    const form = this.page.getByRole("form", { name: "Nouvelle question" });
    await labelled(form, "Question").fill(values.label);
    await labelled(form, "Type de réponse").selectOption({ label: values.kind });
    if (values.options) await labelled(form, "Propositions").fill(values.options.join("\n"));
    if (values.help) await labelled(form, "Aide").fill(values.help);
    await form.getByRole("checkbox", { name: "Réponse obligatoire" }).setChecked(values.required ?? false);
    await form.getByRole("button", { name: "Ajouter la question" }).click();
    await expect(form.getByRole("status")).toHaveText(`Question « ${values.label} » ajoutée.`);
    await checkAccessibility(this.page);
  }
}

export class AdminFilesPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/admin/rencontres/${this.slug}/fichiers`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Fichiers joints de");
  }

  get attached(): Locator {
    return this.page.getByRole("region", { name: /^Fichiers joints \(/ });
  }

  /** Searches the library, then attaches the document with this title under a label. */
  async attach(search: string, title: string, label: string): Promise<void> {
    await this.page.getByRole("search", { name: "Documents de la bibliothèque" }).getByRole("searchbox").fill(search);
    await this.page.getByRole("button", { name: "Rechercher", exact: true }).click();
    const form = this.page.getByRole("form", { name: `Joindre « ${title} »` });
    await checkAccessibility(this.page);
    await labelled(form, `Libellé de « ${title} »`).fill(label);
    await form.getByRole("button", { name: `Joindre « ${title} »` }).click();
    await expect(this.attached.getByRole("heading", { level: 3, name: label })).toBeVisible();
    await expect(this.page.getByRole("heading", { name: /^Fichiers joints \(/ })).toBeFocused();
    await expect(announcements(this.page)).toHaveText(`« ${label} » joint à la rencontre.`);
    await checkAccessibility(this.page);
  }
}
