import { expect, type Locator, type Page } from "@playwright/test";
import { checkAccessibility } from "./a11y";
import { DEMO_PASSWORD } from "./data";

/* Page objects: what a person does on each page, through accessible names (labels, roles), as assistive technologies would. */

/**
 * The field whose label is exactly this text, give or take the marks forms add to it:
 * " (obligatoire)" or " (facultatif)".
 */
export function labelled(scope: Locator, label: string): Locator {
  return scope.getByLabel(labelPattern(label));
}

function labelPattern(label: string): RegExp {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped}( \\((obligatoire|facultatif)\\))?$`);
}

/** A group of radio buttons or checkboxes (a fieldset) named by its legend, give or take the same marks. */
export function group(scope: Locator, legend: string): Locator {
  return scope.getByRole("group", { name: labelPattern(legend) });
}

/**
 * Fills labelled fields: a <select> by the text of its option, a group of radio buttons or checkboxes by ticking
 * the options named (a list for checkboxes), anything else by typing.
 */
export async function fillFields(scope: Locator, values: Record<string, string | string[]>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const boxes = group(scope, label);
    if ((await boxes.count()) > 0) {
      for (const option of [value].flat()) await boxes.getByRole(Array.isArray(value) ? "checkbox" : "radio", { name: option, exact: true }).check();
      continue;
    }
    const field = labelled(scope, label);
    const tag = await field.evaluate((element) => element.tagName);
    if (tag === "SELECT") await field.selectOption({ label: [value].flat()[0]! });
    else await field.fill([value].flat().join("\n"));
  }
}

export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/* ---------- Sign-in, sign-up ---------- */

export class SignInPage {
  constructor(readonly page: Page) {}

  get passwordForm(): Locator {
    return this.page.getByRole("form", { name: "Avec votre mot de passe" });
  }

  get linkForm(): Locator {
    return this.page.getByRole("form", { name: "Par un lien envoyé par e-mail" });
  }

  get alert(): Locator {
    return this.page.getByRole("main").getByRole("alert");
  }

  async goto(returnTo?: string): Promise<void> {
    await this.page.goto(returnTo ? `/connexion?retour=${encodeURIComponent(returnTo)}` : "/connexion");
  }

  async signInWithPassword(email: string, password: string = DEMO_PASSWORD): Promise<void> {
    await this.passwordForm.getByLabel("Adresse e-mail").fill(email);
    await this.passwordForm.getByLabel("Mot de passe").fill(password);
    await this.passwordForm.getByRole("button", { name: "Se connecter" }).click();
  }

  /** Asks for a sign-in link, and waits for the page saying it was sent. */
  async requestLink(email: string): Promise<void> {
    await this.linkForm.getByLabel("Adresse e-mail").fill(email);
    await this.linkForm.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
    await expectLinkSentPage(this.page);
  }
}

/**
 * The page saying a link was sent. Its address is not checked: Auth.js answers the action with a redirect to
 * /api/auth/verify-request, itself redirected to /connexion/lien-envoye, and the client router may keep the first.
 */
export async function expectLinkSentPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
  await expect(page.getByRole("main").getByRole("status")).toContainText("un e-mail vient de lui être envoyé");
}

/** Signs in with the password form and waits for the page it returns to (Mon espace by default). */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD, returnTo?: string): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto(returnTo);
  await signInPage.signInWithPassword(email, password);
  const expected = returnTo ?? "/mon-espace";
  await page.waitForURL((url) => url.pathname + url.search === expected);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
}

export class SignUpPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("main").locator("form");
  }

  async goto(): Promise<void> {
    await this.page.goto("/inscription");
  }

  /** Fills the form (labels as keys; "consent" ticks the box) and submits it. */
  async submit(values: Record<string, string>, { consent = true } = {}): Promise<void> {
    await fillFields(this.form, values);
    if (consent) await this.form.getByRole("checkbox", { name: /J'accepte que l'IREV conserve ces informations/ }).check();
    await this.form.getByRole("button", { name: "Créer mon compte" }).click();
  }
}

/* ---------- Meetings ---------- */

export class MeetingsListPage {
  constructor(readonly page: Page) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/rencontres${query}`);
  }

  get filterForm(): Locator {
    return this.page.getByRole("form", { name: "Filtrer les rencontres" });
  }

  /** The meeting titles listed, in order. */
  titles(): Promise<string[]> {
    return this.page.getByRole("main").getByRole("article").getByRole("heading").allInnerTexts();
  }

  /** The slugs of the meetings listed, in order. */
  async slugs(): Promise<string[]> {
    const hrefs = await this.page
      .getByRole("main")
      .getByRole("article")
      .getByRole("heading")
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    return hrefs.map((href) => href.replace("/rencontres/", ""));
  }

  /** The "N rencontres" line announced after each filtering. */
  get resultCount(): Locator {
    return this.page.getByRole("main").getByRole("status");
  }

  /** Chooses filters by label and option text ("Type": "Visite"…), submits the form and waits for the new address. */
  async filter(choices: Record<string, string>): Promise<void> {
    const before = this.page.url();
    await fillFields(this.filterForm, choices);
    await this.filterForm.getByRole("button", { name: "Filtrer" }).click();
    await this.page.waitForURL((url) => url.href !== before);
  }
}

export class MeetingPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/rencontres/${this.slug}`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The registration box: seats, deadline, my status and the one action that makes sense. */
  get registration(): Locator {
    return this.page.getByRole("region", { name: "Inscription", exact: true });
  }

  get registerForm(): Locator {
    return this.registration.getByRole("form", { name: "Formulaire d'inscription" });
  }

  /** A question's field, or its group of radio buttons or checkboxes. */
  field(label: string): Locator {
    return labelled(this.registerForm, label).or(group(this.registerForm, label));
  }

  /** My registration status, as the box shows it. */
  status(): Locator {
    return this.registration.getByRole("group", { name: "Mon inscription" });
  }

  /** The outcome of the last submission, in the box's live region (which receives the focus). */
  outcome(): Locator {
    return this.registration.getByRole("status").or(this.registration.getByRole("alert"));
  }

  get cancelButton(): Locator {
    return this.registration.getByRole("button", { name: /^(Annuler mon inscription|Quitter la liste d'attente)$/ });
  }

  /** The confirmation dialog that cancelling opens. */
  get cancelDialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** The value of "Places" in the box: "27 places restantes sur 30", "Complet (12 places)"… */
  get seats(): Locator {
    return this.registration.locator("dt", { hasText: /^Places$/ }).locator("xpath=following-sibling::dd[1]");
  }

  seatsText(): Promise<string> {
    return this.seats.innerText();
  }

  async seatsLeft(): Promise<number> {
    const text = await this.seatsText();
    if (text.startsWith("Complet")) return 0;
    const match = /^(\d+) places? restantes?/.exec(text);
    if (!match) throw new Error(`Nombre de places illisible : « ${text} »`);
    return Number(match[1]);
  }

  /** Answers the questions (labels as keys), optionally consents, and submits; waits for the outcome. */
  async register(answers: Record<string, string | string[]> = {}, { consent = false } = {}): Promise<void> {
    await fillFields(this.registerForm, answers);
    if (consent) await this.registerForm.getByRole("checkbox").check();
    await this.registerForm.getByRole("button").click();
    await expect(this.outcome()).toBeVisible();
    await checkAccessibility(this.page);
  }

  /** Cancels (or leaves the waitlist), confirming in the dialog; waits for the outcome to have the focus. */
  async cancel(): Promise<void> {
    await this.cancelButton.click();
    await expect(this.cancelDialog).toBeVisible();
    await checkAccessibility(this.page);
    await this.cancelDialog.getByRole("button", { name: /^Oui, / }).click();
    await expect(this.cancelButton).toBeHidden();
    await expect(this.page.locator(":focus")).toContainText(/Votre inscription est annulée|Vous avez quitté la liste d'attente/);
    await checkAccessibility(this.page);
  }
}

/* ---------- Mon espace ---------- */

export class MySpacePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/mon-espace");
  }

  get registrations(): Locator {
    return this.page.getByRole("region", { name: "Mes inscriptions" });
  }

  /** The card of a registration, found by the meeting's title. */
  registration(title: string): Locator {
    return this.registrations.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  get profileForm(): Locator {
    return this.page.getByRole("region", { name: "Mon profil" }).locator("form");
  }

  async saveProfile(values: Record<string, string>): Promise<void> {
    await fillFields(this.profileForm, values);
    await this.profileForm.getByRole("button", { name: "Enregistrer mon profil" }).click();
    await expect(this.profileForm.getByRole("status").or(this.profileForm.getByRole("alert"))).toBeVisible();
    await checkAccessibility(this.page);
  }

  get calendarSection(): Locator {
    return this.page.getByRole("region", { name: "Mon agenda" });
  }

  get calendarUrl(): Locator {
    return this.calendarSection.getByLabel("Adresse de mon agenda personnel");
  }

  async regenerateCalendarUrl(): Promise<void> {
    const before = await this.calendarUrl.inputValue();
    await this.calendarSection.getByRole("button", { name: "Créer une nouvelle adresse" }).click();
    await expect(this.calendarSection.getByRole("status")).toContainText("Nouvelle adresse créée");
    await expect(this.calendarUrl).not.toHaveValue(before);
    await checkAccessibility(this.page);
  }

  get tokensSection(): Locator {
    return this.page.getByRole("region", { name: "Jetons d'API" });
  }

  /** Creates an API token and returns its secret, shown once. */
  async createToken(name: string): Promise<string> {
    await this.tokensSection.getByLabel("Nom du jeton").fill(name);
    await this.tokensSection.getByRole("button", { name: "Créer un jeton" }).click();
    const secret = this.tokensSection.getByLabel("Votre nouveau jeton");
    await expect(secret).toHaveValue(/^irev_/);
    await checkAccessibility(this.page);
    return secret.inputValue();
  }

  async revokeToken(name: string): Promise<void> {
    const button = this.tokensSection.getByRole("button", { name: `Révoquer le jeton ${name}` });
    await button.click();
    await expect(button).toBeHidden();
    await checkAccessibility(this.page);
  }
}

/* ---------- Back office ---------- */

export class AdminMembersPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/membres");
  }

  pendingAccount(email: string): Locator {
    return this.page.getByRole("region", { name: "Comptes en attente de validation" }).getByRole("listitem").filter({ hasText: email });
  }

  async approve(account: { email: string; name: string }): Promise<void> {
    await this.pendingAccount(account.email).getByRole("button", { name: `Valider le compte de ${account.name}` }).click();
    await expect(this.pendingAccount(account.email)).toHaveCount(0);
    await checkAccessibility(this.page);
  }

  /** An account's row in "Tous les comptes", headed by its formal name ("ESSAI Camille"). */
  row(account: { formalName: string }): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: account.formalName, exact: true }) });
  }

  async changeRole(account: { name: string; formalName: string }, roleLabel: string): Promise<void> {
    const { name } = account;
    const row = this.row(account);
    await row.getByLabel(`Rôle de ${name}`).selectOption({ label: roleLabel });
    await row.getByRole("button", { name: `Changer le rôle de ${name}` }).click();
    await expect(row.getByRole("status")).toHaveText(`Rôle de ${name} modifié.`);
    await checkAccessibility(this.page);
  }
}

export class AdminSettingsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/parametres");
  }

  /** The form of one group, named by its legend. */
  form(legend: string): Locator {
    return this.page.getByRole("form", { name: legend });
  }

  /** Fills labelled fields of a group's form (labels as keys) and saves it. */
  async save(legend: string, values: Record<string, string>): Promise<Locator> {
    const form = this.form(legend);
    await fillFields(form, values);
    await form.getByRole("button", { name: /^Enregistrer/ }).click();
    return form;
  }
}

export class OutboxPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/courriels");
  }

  /** Fills the filters that are given and submits them with "Filtrer". */
  async filter({ status, recipient }: { status?: string; recipient?: string }): Promise<void> {
    if (status) await this.page.getByLabel("Statut").selectOption({ label: status });
    if (recipient !== undefined) await this.page.getByLabel("Destinataire").fill(recipient);
    await this.page.getByRole("button", { name: "Filtrer" }).click();
    await checkAccessibility(this.page);
  }

  /** The table row of the latest e-mail to this address whose subject matches. */
  row(to: string, subject: RegExp | string): Locator {
    return this.page.getByRole("row").filter({ hasText: to }).filter({ has: this.page.getByRole("rowheader", { name: subject }) }).first();
  }

  /** The text version on an e-mail's own page. */
  text(): Locator {
    return this.page.getByRole("region", { name: "Version texte" }).locator("pre");
  }

  /** Opens the latest e-mail to this address whose subject matches, and returns its text. */
  async read(to: string, subject: RegExp): Promise<string> {
    await this.page.goto(`/admin/courriels?destinataire=${encodeURIComponent(to)}`);
    await this.row(to, subject).getByRole("link", { name: subject }).click();
    await expect(this.text()).toBeVisible();
    await checkAccessibility(this.page);
    return this.text().innerText();
  }
}
