import { test, expect } from "./support/fixtures";
import { pathOf } from "./support/pages";

/* What a French public service must publish: legal notice, personal data, site map, contact; the site's identity. */

const PAGES = [
  { link: "Mentions légales", path: "/mentions-legales", heading: "Mentions légales" },
  { link: "Données personnelles", path: "/donnees-personnelles", heading: "Données personnelles" },
  { link: "Plan du site", path: "/plan-du-site", heading: "Plan du site" },
  { link: "Contact", path: "/contact", heading: "Contacter l'IREV" },
] as const;

test.describe("Pages obligatoires d'un service public", () => {
  test("le pied de page mène aux mentions légales, aux données personnelles, au plan du site et au contact", async ({ page }) => {
    for (const { link, path, heading } of PAGES) {
      await page.goto("/rencontres");
      await page.getByRole("contentinfo").getByRole("link", { name: link, exact: true }).click();
      await page.waitForURL(`**${path}`);
      expect(pathOf(page)).toBe(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
  });

  test("les mentions légales signalent ce que seul l'IREV peut fournir, sans l'inventer", async ({ page }) => {
    await page.goto("/mentions-legales");
    const main = page.getByRole("main");
    await expect(main).toContainText("groupement d'intérêt public (GIP)");
    for (const section of ["Directeur ou directrice de la publication", "Hébergement"]) {
      await expect(main.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    await expect(main.getByText(/^à compléter \(numéro SIRET du GIP\)$/)).toBeVisible();
    await expect(main.getByText(/^à compléter \(nom et qualité du directeur/)).toBeVisible();
    await expect(main.getByText(/^à compléter \(nom, adresse et téléphone de l'hébergeur\)$/)).toBeVisible();
  });

  test("la page Données personnelles dit qui traite quoi, pourquoi, combien de temps, pour qui, et comment exercer ses droits", async ({ page }) => {
    await page.goto("/donnees-personnelles");
    const main = page.getByRole("main");
    for (const section of [
      "Responsable du traitement",
      "Finalités, bases légales et durées de conservation",
      "Destinataires",
      "Cookies",
      "Vos droits",
      "Contact",
    ]) {
      await expect(main.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
    }
    const table = main.getByRole("table", { name: "Traitements de données personnelles du site" });
    await expect(table.getByRole("columnheader")).toHaveText(["Finalité", "Données", "Base légale", "Durée de conservation"]);
    await expect(table).toContainText("art. 6.1.e");
    await expect(main).toContainText("authjs.session-token");
    await expect(main).toContainText("aucun bandeau");
    await expect(main.getByRole("link", { name: "Mon espace" }).first()).toHaveAttribute("href", "/mon-espace");
    await expect(main.getByRole("link", { name: /cnil\.fr/ })).toBeVisible();

    /* Only the cookies needed to sign in: a visitor gets none, so there is nothing to consent to. */
    expect(await page.context().cookies()).toEqual([]);
  });

  test("le plan du site liste les pages publiques", async ({ page }) => {
    await page.goto("/plan-du-site");
    const main = page.getByRole("main");
    for (const path of ["/", "/rencontres", "/inscription", "/mentions-legales", "/donnees-personnelles", "/accessibilite", "/contact"]) {
      await expect(main.locator(`a[href="${path}"]`)).toHaveCount(1);
    }
  });

  test("le consentement à l'inscription renvoie aux pages qui existent", async ({ page }) => {
    await page.goto("/inscription");
    const form = page.getByRole("main").locator("form");
    await expect(form).not.toContainText("conditions d'utilisation");
    await form.getByRole("link", { name: "Données personnelles" }).click();
    await page.waitForURL("**/donnees-personnelles");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données personnelles");

    await page.goto("/inscription");
    await form.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText(/Vous devez accepter le traitement de vos données, décrit dans la page Données personnelles/).first()).toBeVisible();
  });
});

test.describe("Identité du site", () => {
  test("l'en-tête porte la marque IREV et le site a une icône", async ({ page }) => {
    await page.goto("/");
    const home = page.getByRole("banner").getByRole("link").first();
    await expect(home).toHaveAttribute("href", "/");
    await expect(home).toContainText("IREV");
    await expect(home.locator("svg")).toHaveAttribute("aria-hidden", "true");

    const iconHref = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(iconHref).toMatch(/^\/icon\.svg/);
    const icon = await page.request.get(iconHref!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("sur téléphone, la navigation et le compte s'ouvrent depuis le bouton Menu ; la recherche reste visible", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/rencontres");
    const header = page.getByRole("banner");
    /* A native <summary>: browsers announce it as a button with its expanded state; Playwright's roles do not map it. */
    const menu = header.locator("summary", { hasText: "Menu" });
    const navigation = header.getByRole("navigation", { name: "Navigation principale" });
    await expect(header.getByRole("searchbox", { name: "Rechercher sur le site" })).toBeInViewport();
    await expect(navigation).toBeHidden();
    await expect(header.locator("details")).not.toHaveAttribute("open");

    await menu.click();
    await expect(header.locator("details")).toHaveAttribute("open");
    await expect(header.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(header.locator("details")).not.toHaveAttribute("open");
    await expect(menu).toBeFocused();

    await menu.click();
    await navigation.getByRole("link", { name: "Ressources" }).click();
    await expect(page).toHaveURL(/\/ressources$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ressources");
    /* The header stays across the navigation: the menu closed behind the followed link. */
    await expect(navigation).toBeHidden();

    /* On a wide screen the navigation is always shown and the button is gone. */
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeHidden();
    await expect(navigation.getByRole("link", { name: "Thématiques" })).toBeVisible();
  });
});
