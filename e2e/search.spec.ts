import { test, expect } from "./support/fixtures";
import { contextFor, htmlOf, ROLES } from "./support/roles";
import { SearchPage } from "./support/search";

/* Searching the site: accents, PDF text, the header's box, hostile input, and only what each role may see. */

const CIRCULAIRE = "Circulaire du 22 décembre 2017 relative à l'association des parties prenantes à la co-construction de la politique de la ville";
const MEMBERS_ONLY_DOCUMENT = "Bilan d'activité 2016 du GIP IREV";

test("un visiteur trouve un mot qui n'est que dans le texte d'un PDF, tapé sans accent, et ouvre le résultat", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto("");
  await expect(search.outcome).toHaveText(/Saisissez un ou plusieurs mots/);
  await search.search("interministeriel");
  await expect(search.outcome).toHaveText(/^\d+ résultats? pour\s«\sinterministeriel\s»$/);
  const result = search.result(CIRCULAIRE);
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark").first()).toHaveText(/^interministériel/i);
  const file = await page.request.get((await result.getByRole("link", { name: CIRCULAIRE, exact: true }).getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  await result.getByRole("link", { name: /^Version texte/ }).click();
  await expect(page.getByRole("main")).toContainText("interministériel");
});

test("la recherche ignore accents et majuscules, se filtre par type dans l'adresse", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto("noyon");
  await expect(search.results.first()).toBeVisible();
  await expect(search.results.locator("mark").first()).toHaveText(/^noyon/i);
  await search.form.getByLabel("Type de contenu").selectOption({ label: "Ressources" });
  await search.form.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/type=ressource/);
  for (const link of await search.results.getByRole("heading").getByRole("link").all()) await expect(link).toHaveAttribute("href", /^\/ressources\//);
  await expect(search.form.getByLabel("Type de contenu").locator("option", { hasText: "Contacts" })).toHaveCount(0);
});

test("la boîte de recherche de l'en-tête mène aux résultats, même sur un écran de 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/rencontres");
  const search = new SearchPage(page);
  await expect(search.headerForm.getByRole("searchbox", { name: "Rechercher sur le site" })).toBeInViewport();
  await search.searchFromHeader("reseau");
  await expect(page).toHaveURL(/\/recherche\?q=reseau$/);
  await expect(search.outcome).toHaveText(/résultats? pour\s«\sreseau\s»/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("une recherche hostile donne une page calme, la requête échappée", async ({ page }) => {
  const search = new SearchPage(page);
  for (const words of ['"<script>alert(1)</script>', "NEAR(a b) OR -c* %", "((", "*"]) {
    await search.goto(words);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rechercher");
    await expect(search.form.getByLabel("Mots recherchés")).toHaveValue(words);
  }
  await search.goto('"<b>zzzqqq</b>');
  await expect(search.outcome).toHaveText("Aucun résultat pour « \"<b>zzzqqq</b> ».");
  await expect(page.getByRole("main").locator("b", { hasText: "zzzqqq" })).toHaveCount(0);
  await search.goto("mot ".repeat(1250));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rechercher");
  const response = await page.request.get("/recherche?q=%22&type=inconnu&annee=abc&page=-3&theme=%3Cx%3E");
  expect(response.status()).toBe(200);
});

test("chaque rôle ne trouve que ce qu'il peut voir, page et API", async ({ baseURL }) => {
  for (const role of ROLES) {
    const context = await contextFor(role, baseURL!);
    const html = await htmlOf(await context.get("/recherche?q=bilan+activite+2016"));
    const member = role !== "visitor" && role !== "pending";
    expect(html.includes("Bilan d&#x27;activité 2016 du GIP IREV") || html.includes(MEMBERS_ONLY_DOCUMENT), role).toBe(member);
    const api = (await (await context.get("/api/v1/search?q=bilan+activite+2016")).json()) as { results: { title: string }[] };
    expect(api.results.some((hit) => hit.title === MEMBERS_ONLY_DOCUMENT), role).toBe(member);
    await context.dispose();
  }
});

test("l'API de recherche est décrite dans le document OpenAPI", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
  expect(Object.keys(document.paths)).toContain("/api/v1/search");
});
