import { eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { createAccount, testDb } from "./support/data";
import { signIn } from "./support/pages";
import { favouriteButton, ReadingListPage, seedReadingTheme } from "./support/reading";
import { contextFor, redirectTarget } from "./support/roles";
import { documents } from "@/lib/documents/schema";

/* Reading: /ressources and /documents with their filters and pages, the theme pages, members' favourites. */

const NOYON_REPORT = "compte-rendu-reseau-chefs-de-projet-noyon-11-mai-2017";
const NOYON_MEETING = "reseau-chefs-de-projet-noyon-11-mai-2017";

test.describe("Ressources", () => {
  test("les filtres passent dans l'adresse, la liste se pagine, les ressources réservées sont signalées sans leur résumé", async ({ page }) => {
    /* Many pages on a busy two-core machine. */
    test.slow();
    const { theme, suffix, reportTitles } = await seedReadingTheme({ reports: 22, files: 0 });
    const list = new ReadingListPage(page, "/ressources");
    await list.goto();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ressources");

    await list.filter({ Thématique: theme.name, "Année de publication": "2019" });
    const url = new URL(page.url());
    expect(url.searchParams.get("theme")).toBe(theme.slug);
    expect(url.searchParams.get("annee")).toBe("2019");
    await expect(list.resultCount).toHaveText("23 ressources – page 1 sur 2");
    await expect(list.filterForm.getByLabel("Thématique")).toHaveValue(theme.slug);
    const first = await list.titles();
    expect(first).toHaveLength(20);
    /* Latest first: the members-only one was published last. */
    expect(first[0]).toBe(`Bilan réservé ${suffix}`);
    const reserved = list.card(`Bilan réservé ${suffix}`);
    await expect(reserved).toContainText("Réservé aux membres");
    await expect(reserved).not.toContainText(`Résumé réservé ${suffix}`);

    await list.gotoPage(2);
    await expect(list.resultCount).toHaveText("23 ressources – page 2 sur 2");
    const second = await list.titles();
    expect([...first.slice(1), ...second].sort()).toEqual([...reportTitles].sort());

    await list.filter({ Type: "Actualité" });
    expect(new URL(page.url()).searchParams.get("page")).toBeNull();
    await expect(list.resultCount).toHaveText("Aucune ressource ne correspond à ces critères.");

    /* A member reads the summary the visitor was not given. */
    const member = await createAccount("member", "lecture");
    await signIn(page, member.email, member.password);
    await list.goto(`?theme=${theme.slug}`);
    await expect(list.card(`Bilan réservé ${suffix}`)).toContainText(`Résumé réservé ${suffix}`);
  });

  test("la page thématique s'ouvre depuis le lien d'un compte rendu et montre ce qui porte ce thème", async ({ page }) => {
    await page.goto(`/ressources/${NOYON_REPORT}`);
    const themeLinks = page.getByRole("list", { name: /^Thématiques/ });
    const name = (await themeLinks.getByRole("link").first().innerText()).trim();
    await themeLinks.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    for (const section of ["Rencontres à venir", "Ressources", "Documents"]) {
      await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 2, name: "Contacts" })).toHaveCount(0);

    await page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: "Thématiques" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thématiques");
    await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
  });
});

test.describe("Documents", () => {
  test("filtres, tri par téléchargements et pagination ; jamais un document réservé pour un visiteur", async ({ page }) => {
    /* Many pages on a busy two-core machine. */
    test.slow();
    const { theme, suffix, documentTitles } = await seedReadingTheme({ reports: 0, files: 22 });
    const list = new ReadingListPage(page, "/documents");
    await list.goto();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");

    await list.filter({ Thématique: theme.name });
    expect(new URL(page.url()).searchParams.get("theme")).toBe(theme.slug);
    await expect(list.resultCount).toHaveText("22 documents – page 1 sur 2 – les plus récents d'abord");
    const entry = list.card(documentTitles[21]!);
    await expect(entry).toContainText("Poids\u00a0: 1,94 Mo – 12 pages");
    await expect(entry.getByRole("link", { name: `Télécharger «\u00a0${documentTitles[21]}\u00a0»` })).toBeVisible();
    await expect(entry.getByRole("link", { name: `Version texte de «\u00a0${documentTitles[21]}\u00a0»` })).toBeVisible();
    const first = await list.titles();
    await list.gotoPage(2);
    const all = [...first, ...(await list.titles())];
    expect(all.sort()).toEqual([...documentTitles].sort());
    expect(all).not.toContain(`Annuaire réservé ${suffix}`);

    await list.filter({ "Trier par": "Les plus téléchargés" });
    expect(new URL(page.url()).searchParams.get("tri")).toBe("telechargements");
    await expect(list.resultCount).toHaveText("22 documents – page 1 sur 2 – les plus téléchargés d'abord");
    expect((await list.titles())[0]).toBe(documentTitles[3]);

    /* The members-only file: refused to visitors (401) and to an account awaiting approval (403). */
    const reserved = testDb().select().from(documents).where(eq(documents.title, `Annuaire réservé ${suffix}`)).get()!;
    const path = `/documents/${reserved.id}/${reserved.originalFilename}`;
    const visitor = await page.request.get(path, { failOnStatusCode: false });
    expect(visitor.status()).toBe(401);
    const pending = await contextFor("pending", new URL(page.url()).origin);
    expect((await pending.get(path, { failOnStatusCode: false })).status()).toBe(403);
    expect(await (await pending.get(`/documents?theme=${theme.slug}`)).text()).not.toContain(`Annuaire réservé ${suffix}`);
    await pending.dispose();

    const member = await createAccount("member", "documents");
    await signIn(page, member.email, member.password);
    await list.goto(`?theme=${theme.slug}`);
    await expect(list.resultCount).toHaveText("23 documents – page 1 sur 2 – les plus récents d'abord");
  });
});

test.describe("Favoris", () => {
  test("un membre ajoute puis retire une rencontre, une ressource et un document, et les retrouve dans Mes favoris", async ({ page }) => {
    /* Many pages on a busy two-core machine. */
    test.slow();
    const { theme, documentTitles } = await seedReadingTheme({ reports: 0, files: 1 });
    const member = await createAccount("member", "favoris");
    await signIn(page, member.email, member.password);

    await page.goto(`/rencontres/${NOYON_MEETING}`);
    const meetingTitle = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await favouriteButton(page, "ajouter").click();
    await expect(favouriteButton(page, "retirer")).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "ajouté à vos favoris" })).toHaveCount(1);

    await page.goto(`/ressources/${NOYON_REPORT}`);
    const reportTitle = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await favouriteButton(page, "ajouter").click();
    await expect(favouriteButton(page, "retirer")).toBeFocused();

    const list = new ReadingListPage(page, "/documents");
    await list.goto(`?theme=${theme.slug}`);
    const entry = list.card(documentTitles[0]!);
    await favouriteButton(entry, "ajouter").click();
    await expect(favouriteButton(entry, "retirer")).toBeFocused();
    /* The state is the member's own, read for each request. */
    await page.reload();
    await expect(favouriteButton(list.card(documentTitles[0]!), "retirer")).toBeVisible();

    await page.goto("/mon-espace");
    await page.getByRole("link", { name: "Mes favoris" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes favoris");
    const section = (name: string) => page.getByRole("region", { name });
    await expect(section("Rencontres").getByRole("link", { name: meetingTitle })).toBeVisible();
    await expect(section("Ressources").getByRole("link", { name: reportTitle })).toBeVisible();
    await expect(section("Documents").getByRole("link", { name: documentTitles[0]! })).toBeVisible();

    await favouriteButton(section("Documents"), "retirer").click();
    await expect(favouriteButton(section("Documents"), "ajouter")).toBeFocused();
    await favouriteButton(section("Ressources"), "retirer").click();
    await expect(favouriteButton(section("Ressources"), "ajouter")).toBeFocused();
    await page.reload();
    await expect(section("Documents")).toContainText("Aucun document en favori.");
    await expect(section("Ressources")).toContainText("Aucune ressource en favori.");
    await expect(section("Rencontres").getByRole("link", { name: meetingTitle })).toBeVisible();

    await page.goto(`/rencontres/${NOYON_MEETING}`);
    await favouriteButton(page, "retirer").click();
    await expect(favouriteButton(page, "ajouter")).toBeFocused();
  });

  test("un visiteur n'a pas de bouton, un compte en attente ne peut pas en avoir", async ({ page, baseURL }) => {
    await page.goto(`/rencontres/${NOYON_MEETING}`);
    await expect(page.getByRole("button", { name: /favoris/ })).toHaveCount(0);

    const pending = await createAccount("pending", "favoris");
    await signIn(page, pending.email, pending.password);
    await page.goto(`/rencontres/${NOYON_MEETING}`);
    await expect(page.getByRole("button", { name: /favoris/ })).toHaveCount(0);
    await expect(page.getByText("Les favoris sont ouverts aux membres, une fois votre compte validé.")).toBeVisible();
    const context = await contextFor("pending", baseURL!);
    const response = await context.get("/mon-espace/favoris", { maxRedirects: 0 });
    expect(await redirectTarget(response, baseURL!)).toBe("/acces-refuse");
    await context.dispose();
  });
});
