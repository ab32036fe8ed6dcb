import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { AdminReports } from "./support/admin-reports";
import { createAccount } from "./support/data";
import { signIn } from "./support/pages";

/* Staff write reports in the back office, take them through review to publication, and readers see each version on time. */

/** The Paris date and time (YYYY-MM-DD, HH:MM) of an instant, as the date and time inputs take them. */
function parisInputs(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test.describe("Ressources (back-office)", () => {
  test("écrire avec liens et fichier joint, relire, publier, puis publier une nouvelle version sans retirer la précédente", async ({ page, newBrowserPage }) => {
    test.setTimeout(300_000);
    const staff = await createAccount("staff", "ressources");
    const title = `Circulaire essai ${randomUUID().slice(0, 6)}`;
    await signIn(page, staff.email, staff.password);
    const reports = new AdminReports(page);

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Ressources" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ressources");
    await page.getByRole("link", { name: "Nouvelle ressource" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle ressource");

    /* The body through the toolbar: a link made of a selection, a heading; the preview renders them as the public page will. */
    await reports.fill({ Type: "Actualité", Titre: title, Résumé: "La circulaire expliquée.", "Adresse de la source": "pas une adresse" });
    await reports.body.fill("Voir Légifrance et [le site de l'ANCT](https://anct.gouv.fr/).\n\nPoints clés\n\nLe contrat de ville évolue.");
    await reports.format("Légifrance", "Lien");
    await page.keyboard.type("https://www.legifrance.gouv.fr/");
    await reports.format("Points clés", "Intertitre");
    await expect(reports.body).toHaveValue(/^Voir \[Légifrance\]\(https:\/\/www\.legifrance\.gouv\.fr\/\) et .*\n\n## Points clés\n/);
    await expect(reports.preview.getByRole("heading", { name: "Points clés" })).toBeVisible();
    const links = reports.preview.getByRole("region", { name: "Liens" });
    await expect(links.getByRole("listitem")).toHaveText(["[1]https://www.legifrance.gouv.fr/ – Légifrance", "[2]https://anct.gouv.fr/ – le site de l'ANCT"]);
    await expect(reports.preview.getByText("[1]", { exact: true }).first()).toBeVisible();

    await reports.attach("bilan activite", "Bilan d'activité 2016 du GIP IREV");
    await reports.form.getByLabel(/^Libellé de «\sBilan d.activité 2016 du GIP IREV\s»/).fill("Le bilan 2016");

    /* A refused URL keeps everything typed, body and attachment included. */
    await reports.save();
    await expect(reports.focused()).toContainText("Indiquez une adresse web complète");
    await expect(reports.field("Titre")).toHaveValue(title);
    await expect(reports.body).toHaveValue(/## Points clés/);
    await expect(reports.form.getByLabel(/^Libellé de «\sBilan/)).toHaveValue("Le bilan 2016");
    await reports.fill({ "Adresse de la source": "https://www.legifrance.gouv.fr/circulaire", "Nom de la source": "Légifrance" });
    await reports.form.getByRole("button", { name: "Créer la ressource" }).click();
    await page.waitForURL(/\/admin\/ressources\/[^/]+\?cree=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Ressource créée en brouillon." })).toBeVisible();
    await expect(reports.state).toContainText("Brouillon");
    await expect(reports.form.getByText(/^Adresse de la page/)).toContainText("Elle suit le titre jusqu");

    await reports.transition("Envoyer en relecture");
    await expect(reports.focused()).toHaveText("Ressource envoyée en relecture.");
    await reports.transition("Publier");
    await expect(reports.focused()).toContainText("Ressource publiée");
    const publicLink = reports.state.getByRole("link", { name: "Voir la page publique" });
    const publicPath = (await publicLink.getAttribute("href"))!;
    await expect(reports.form.getByText(/^Adresse de la page/)).toContainText("Fixe");

    /* A visitor reads it, numbered links and the labelled attachment included. */
    const visitor = await newBrowserPage();
    await visitor.goto(publicPath);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByRole("region", { name: "Liens" }).getByRole("listitem")).toHaveCount(2);
    await expect(visitor.getByRole("region", { name: "Fichiers joints" })).toContainText("Le bilan 2016");
    await expect(visitor.getByText("Le contrat de ville évolue.")).toBeVisible();

    /* The next version waits: readers keep the published text until it is published. */
    await reports.body.fill("## Points clés\n\nLe contrat de ville 2024-2030 est signé.");
    await reports.save();
    await expect(reports.focused()).toContainText("Nouvelle version enregistrée");
    await expect(reports.state).toContainText("Nouvelle version en brouillon");
    await visitor.reload();
    await expect(visitor.getByText("Le contrat de ville évolue.")).toBeVisible();
    await expect(visitor.getByText(/modifié le/)).toHaveCount(0);

    await reports.transition("Envoyer la nouvelle version en relecture");
    await reports.transition("Publier cette version");
    await expect(reports.focused()).toContainText("Nouvelle version publiée");
    await visitor.reload();
    await expect(visitor.getByText("Le contrat de ville 2024-2030 est signé.")).toBeVisible();
    await expect(visitor.getByText("Le contrat de ville évolue.")).toHaveCount(0);
    await expect(visitor.getByText(/modifié le/)).toBeVisible();

    /* The list finds it, without accents, with where it stands. */
    await reports.gotoList(`?q=${encodeURIComponent(title.toLowerCase())}&statut=published`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
    await expect(row).toContainText("Publié");
    await expect(row).toContainText("Actualité");

    /* Archiving asks first, and takes it from readers. */
    await row.getByRole("link", { name: title }).click();
    await reports.transition("Archiver", true);
    await expect(reports.focused()).toContainText("Ressource archivée");
    expect((await visitor.goto(publicPath))!.status()).toBe(404);
  });

  test("une ressource programmée paraît à l'heure dite", async ({ page, newBrowserPage }) => {
    test.setTimeout(300_000);
    const staff = await createAccount("staff", "programmation");
    const title = `Actualité programmée ${randomUUID().slice(0, 6)}`;
    await signIn(page, staff.email, staff.password);
    const reports = new AdminReports(page);
    await reports.gotoNew();
    await reports.fill({ Type: "Actualité", Titre: title });
    await reports.body.fill("Publiée par le planificateur.");
    await reports.form.getByRole("button", { name: "Créer la ressource" }).click();
    await page.waitForURL(/\/admin\/ressources\/[^/]+\?cree=1$/);
    await reports.transition("Envoyer en relecture");

    /* The next whole minute at least a minute away: between one and two minutes from now. */
    const due = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
    const { date, time } = parisInputs(due);
    await reports.schedule(date, time);
    await expect(reports.state).toContainText("La ressource sera publiée le");

    const path = (await reports.form.locator("code").textContent())!;
    const visitor = await newBrowserPage();
    expect((await visitor.goto(path))!.status()).toBe(404);
    await expect(async () => {
      const response = await visitor.goto(path);
      expect(response!.status()).toBe(200);
    }).toPass({ timeout: 180_000, intervals: [5_000] });
    /* On time: not before the instant chosen, within the job's interval after it. */
    expect(Date.now()).toBeGreaterThanOrEqual(due.getTime());
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.reload();
    await expect(reports.state).toContainText("Publié");
  });
});
