import { eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { seededAccount, testDb } from "./support/data";
import { signIn } from "./support/pages";
import { ReportRevisionsPage, RevisionComparisonPage } from "./support/admin-report-revisions";
import { reports } from "@/lib/publications/schema";
import { themes } from "@/lib/themes/schema";
import { saveWorkingVersion, workingVersion } from "@/lib/publications/versions";

/* A report's revisions: staff compare two of them, read the diff without colour, and restore the older one. */

const REPORT_SLUG = "fiche-experience-strategie-inclusive-cc-pays-noyonnais";

function demoReport() {
  const report = testDb().select().from(reports).where(eq(reports.slug, REPORT_SLUG)).get();
  if (!report) throw new Error(`Compte rendu de démonstration absent : ${REPORT_SLUG}`);
  return report;
}

test.describe("Versions d'un compte rendu (équipe)", () => {
  test("l'équipe compare deux versions, lit les mots retirés et ajoutés, puis restaure l'ancienne", async ({ page }) => {
    /* Seven page states scanned by axe, a dialog among them: close to three minutes on a loaded machine. */
    test.setTimeout(300_000);
    const staff = seededAccount("equipe@example.org");
    const report = demoReport();
    /* A second revision, as the editor saves one: the report is published, so it waits as the pending version. */
    const original = workingVersion(testDb(), report.id)!;
    const numerique = testDb().select().from(themes).where(eq(themes.slug, "numerique")).get()!;
    testDb().transaction((tx) =>
      saveWorkingVersion(
        tx,
        report.id,
        {
          ...original,
          summary: original.summary.replace("marketing territorial", "communication territoriale"),
          themeIds: original.themeIds.filter((id) => id !== numerique.id),
        },
        staff.id,
      ),
    );

    await signIn(page, staff.email);
    const revisions = new ReportRevisionsPage(page);
    await revisions.goto(report.id);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Versions de «\u00a0${original.title}\u00a0»`);
    await expect(page.getByRole("link", { name: "Retour au compte rendu" })).toHaveAttribute("href", `/admin/ressources/${report.id}`);
    await expect(revisions.row(2)).toContainText(staff.name);
    await expect(revisions.state(2)).toHaveText("version en attente");
    await expect(revisions.state(1)).toHaveText("publiée");

    await revisions.compare(1, 2);
    const comparison = new RevisionComparisonPage(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Comparer deux versions de «\u00a0${original.title}\u00a0»`);
    await expect(page.getByRole("term").filter({ hasText: "Version de départ" }).locator("xpath=following-sibling::dd[1]")).toContainText("Version 1 du");
    const summary = comparison.field("Résumé");
    /* Not colour alone: struck-through text between visible brackets, and words for screen readers. */
    await expect(comparison.removed(summary, "marketing")).toContainText("[−marketing territorial−]");
    await expect(comparison.removed(summary, "marketing")).toContainText("[début de suppression]");
    await expect(comparison.added(summary, "communication")).toContainText("[+communication territoriale+]");
    await expect(comparison.added(summary, "communication")).toContainText("[fin d'ajout]");
    await expect(comparison.removed(comparison.field("Thématiques"), "Numérique")).toBeVisible();
    await expect(comparison.unchanged).toHaveText("Inchangé\u00a0: Titre, Type, Adresse, Texte, Rencontre liée, Visibilité, Source, Fichiers joints.");

    await page.getByRole("link", { name: "Retour aux versions" }).click();
    await revisions.restore(1);
    await expect(revisions.outcome).toContainText("Version 1 du");
    await expect(revisions.outcome).toContainText("elle est la version en attente du compte rendu");
    await expect(revisions.outcome.locator("xpath=..")).toBeFocused();
    await expect(revisions.state(3)).toHaveText("version en attente");
    await expect(revisions.row(3)).toContainText(staff.name);
    await expect(revisions.state(2)).toHaveText("—Ni publiée ni en attente");
    await expect(revisions.state(1)).toHaveText("publiée");
    expect(workingVersion(testDb(), report.id)).toMatchObject({ summary: original.summary, themeIds: original.themeIds });

    /* The restored version undoes the second one, word for word. */
    await revisions.row(3).getByRole("link", { name: /^Comparer avec la version 2/ }).click();
    await expect(comparison.added(comparison.field("Résumé"), "marketing")).toBeVisible();
    await expect(comparison.removed(comparison.field("Résumé"), "communication")).toBeVisible();
    await expect(comparison.added(comparison.field("Thématiques"), "Numérique")).toBeVisible();

    /* A revision of another report is not one of this report's: the (streamed) not-found page. */
    const other = testDb().select().from(reports).where(eq(reports.slug, "compte-rendu-jeudi-de-la-ville-11-decembre-2014")).get()!;
    await page.goto(`/admin/ressources/${other.id}/revisions/comparer?de=${workingRevisionOf(report.id)}&a=${workingRevisionOf(report.id)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });

  test("un membre n'a pas accès aux versions", async ({ page }) => {
    test.slow();
    await signIn(page, "membre@example.org");
    await page.goto(`/admin/ressources/${demoReport().id}/revisions`);
    await page.waitForURL("**/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});

function workingRevisionOf(reportId: string): string {
  return testDb().select({ id: reports.pendingRevisionId }).from(reports).where(eq(reports.id, reportId)).get()!.id!;
}
