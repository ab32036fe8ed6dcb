import { test, expect } from "./support/fixtures";
import { createAccount, restoreDefaultSettings, seededAccount } from "./support/data";
import { AdminSettingsPage, labelled, signIn } from "./support/pages";

/* Admins set IREV's identity once; the legal pages and the contact page print it at once, to everyone. */

const IDENTITY = "Identité de l'IREV";

test.describe("Paramètres", () => {
  /* Every page state is scanned by axe: several pages and forms per test. */
  test.slow();
  test.afterEach(restoreDefaultSettings);

  test("un administrateur change l'adresse de contact et l'adresse postale : Contact et Mentions légales les affichent aussitôt, aux visiteurs aussi", async ({ page, newBrowserPage }) => {
    /* Two readers, four pages each, all scanned by axe. */
    test.setTimeout(300_000);
    /* A visitor has the pages in cache before the change. */
    const visitor = await newBrowserPage();
    await visitor.goto("/contact");
    await expect(visitor.getByRole("main")).toContainText("contact@example.org");
    await visitor.goto("/mentions-legales");
    await expect(visitor.getByRole("main")).toContainText("à compléter (adresse postale du siège)");

    const admin = await createAccount("admin", "parametres");
    await signIn(page, admin.email, admin.password, "/admin/parametres");
    await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Paramètres" })).toBeVisible();
    const settingsPage = new AdminSettingsPage(page);
    const form = await settingsPage.save(IDENTITY, {
      "Adresse e-mail de contact": "Accueil@IREV-essai.fr",
      "Adresse postale du siège": "2 rue de Tournai, 59000 Lille",
    });
    const status = form.getByRole("status");
    await expect(status).toHaveText("Identité de l'IREV\u00a0: modifications enregistrées.");
    await expect(status.locator("..")).toBeFocused();
    await expect(labelled(form, "Adresse e-mail de contact")).toHaveValue("accueil@irev-essai.fr");

    for (const reader of [page, visitor]) {
      await reader.goto("/contact");
      const contact = reader.getByRole("main");
      await expect(contact.getByRole("link", { name: "accueil@irev-essai.fr" })).toHaveAttribute("href", "mailto:accueil@irev-essai.fr");
      await expect(contact).toContainText("2 rue de Tournai, 59000 Lille");
      await expect(contact).not.toContainText("contact@example.org");

      await reader.goto("/mentions-legales");
      const notice = reader.getByRole("main");
      await expect(notice).toContainText("Adresse\u00a0: 2 rue de Tournai, 59000 Lille.");
      await expect(notice.getByRole("link", { name: "accueil@irev-essai.fr" })).toBeVisible();
    }
  });

  test("une valeur erronée : l'erreur est à côté du champ, le récapitulatif a le focus, les autres valeurs saisies restent", async ({ page }) => {
    const admin = await createAccount("admin", "parametres");
    await signIn(page, admin.email, admin.password, "/admin/parametres");
    const settingsPage = new AdminSettingsPage(page);

    const form = await settingsPage.save(IDENTITY, {
      "Ville du siège": "Arras",
      "Téléphone": "03 21 00 00 00",
      "Adresse e-mail de contact": "pas-une-adresse",
    });
    const summary = form.getByRole("alert");
    await expect(summary).toHaveText("Les paramètres contiennent des erreurs\u00a0: corrigez les champs signalés.");
    await expect(summary.locator("../..")).toBeFocused();
    const message = "Indiquez une adresse e-mail valide, par exemple contact@irev.fr.";
    await expect(form.getByRole("link", { name: message })).toHaveAttribute("href", "#parametres-identity-contactEmail");
    const email = labelled(form, "Adresse e-mail de contact");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Indiquez une adresse e-mail valide, par exemple contact@irev\.fr\.$/);
    await expect(email).toHaveValue("pas-une-adresse");
    await expect(labelled(form, "Ville du siège")).toHaveValue("Arras");
    await expect(labelled(form, "Téléphone")).toHaveValue("03 21 00 00 00");

    const hours = await settingsPage.save("Horaires des demi-journées", { "Début de l'après-midi": "11:00" });
    const afternoon = labelled(hours, "Début de l'après-midi");
    await expect(afternoon).toHaveAttribute("aria-invalid", "true");
    await expect(afternoon).toHaveAccessibleDescription(/L'après-midi doit commencer après la fin de la matinée\.$/);
    await expect(hours).toContainText("En vigueur\u00a0: matinée 9 h – 12 h 30, après-midi 13 h 30 – 17 h.");

    await page.goto("/contact");
    await expect(page.getByRole("main")).toContainText("contact@example.org");
    await expect(page.getByRole("main")).not.toContainText("Arras");
  });

  for (const [who, email] of [["l'équipe", "equipe@example.org"], ["un membre", "membre@example.org"]] as const) {
    test(`${who} n'a pas accès aux paramètres`, async ({ page }) => {
      const account = seededAccount(email);
      await signIn(page, account.email, account.password);
      await page.goto("/admin/parametres");
      await page.waitForURL((url) => url.pathname === "/acces-refuse");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
      if (email === "equipe@example.org") {
        await page.goto("/admin");
        await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Paramètres" })).toHaveCount(0);
      }
    });
  }
});
