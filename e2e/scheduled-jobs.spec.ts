import { test, expect } from "./support/fixtures";
import { openE2eDatabase } from "./support/db";
import { pathOf, signIn } from "./support/pages";
import { jobRuns } from "@/lib/jobs/schema";

/* /admin/taches: the server's scheduled jobs and their runs, for admins only. */

test.describe("Tâches planifiées", () => {
  /* Each page state is audited by axe: on a loaded machine, sign-in and three pages outlast the default timeout. */
  test.slow();

  test("un administrateur voit les tâches planifiées et l'erreur d'une exécution en échec", async ({ page }) => {
    const { db, sqlite } = openE2eDatabase();
    const error = `Serveur SMTP injoignable (essai e2e ${Date.now()})`;
    db.insert(jobRuns)
      .values({ job: "courriels", trigger: "ligne de commande", owner: "e2e", outcome: "failed", error, startedAt: new Date(), finishedAt: new Date() })
      .run();
    sqlite.close();

    await signIn(page, "admin@example.org");
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Tâches planifiées" }).click();
    await page.waitForURL("**/admin/taches");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tâches planifiées");

    const jobsTable = page.getByRole("table", { name: /^Tâches planifiées, avec leur fréquence/ });
    for (const name of ["courriels", "echeances", "purges"]) await expect(jobsTable.getByRole("rowheader", { name: new RegExp(`^${name}`) })).toBeVisible();
    const mail = jobsTable.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^courriels/ }) });
    await expect(mail.getByRole("cell").first()).toHaveText("toutes les 5 secondes");
    await expect(mail.getByRole("cell").last()).toContainText("En échec");

    const runsTable = page.getByRole("table", { name: /dernières exécutions enregistrées/ });
    const failed = runsTable.getByRole("row").filter({ hasText: error });
    await expect(failed.getByRole("cell").last()).toHaveText(`Erreur\u00a0: ${error}`);
    /* The server ran the daily purge itself when it started. */
    await expect(runsTable.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "purges" }) }).filter({ hasText: "planificateur" }).first()).toContainText("Réussie");
  });

  test("l'équipe ne voit pas les tâches planifiées : ni le lien, ni la page", async ({ page }) => {
    await signIn(page, "equipe@example.org");
    await page.goto("/admin");
    await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Courriels" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tâches planifiées" })).toHaveCount(0);
    await page.goto("/admin/taches");
    await page.waitForURL("**/acces-refuse");
    expect(pathOf(page)).toBe("/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
