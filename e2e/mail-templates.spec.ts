import { test, expect } from "./support/fixtures";
import { signIn } from "./support/pages";
import { EMAIL_KIND_LABELS } from "@/lib/mail/labels";
import { EMAIL_KINDS } from "@/lib/mail/schema";

test.describe("Modèles de courriels", () => {
  test("l'équipe lit chaque modèle : son objet, sa version HTML et sa version texte", async ({ page }) => {
    await signIn(page, "equipe@example.org", undefined, "/admin/courriels");
    await page.getByRole("link", { name: "Modèles de courriels" }).click();
    await page.waitForURL("**/admin/courriels/modeles");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modèles de courriels");

    for (const kind of EMAIL_KINDS) {
      const label = EMAIL_KIND_LABELS[kind];
      const section = page.getByRole("region", { name: label, exact: true });
      await expect(section.getByText(/^Objet\s:\s\S/)).toBeVisible();
      await expect(section.getByRole("link", { name: `Aperçu de la version HTML\u00a0: ${label}` })).toBeVisible();
    }

    const confirmed = page.getByRole("region", { name: "Inscription confirmée", exact: true });
    await confirmed.getByText("Version texte\u00a0: Inscription confirmée").click();
    await expect(confirmed.locator("pre")).toContainText("Votre code d'inscription\u00a0: K7Q-4MP");
    await expect(confirmed.getByText("Avec une invitation d'agenda jointe")).toBeVisible();

    await confirmed.getByRole("link", { name: "Aperçu de la version HTML\u00a0: Inscription confirmée" }).click();
    await page.waitForURL("**/admin/courriels/modeles/registration_confirmed");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscription confirmée");
    const preview = page.getByTitle("Aperçu de la version HTML\u00a0: Inscription confirmée");
    await expect(preview).toHaveAttribute("sandbox", "");
    await expect(preview.contentFrame().getByText("K7Q-4MP")).toBeVisible();
    /* The list stays in the document, hidden, after a client-side navigation: only the visible text counts. */
    await expect(page.locator("pre").filter({ visible: true })).toContainText("Votre code d'inscription\u00a0: K7Q-4MP");
  });

  test("un membre n'y a pas accès", async ({ page }) => {
    await signIn(page, "membre@example.org");
    await page.goto("/admin/courriels/modeles");
    await page.waitForURL("**/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
