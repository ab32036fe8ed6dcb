import { test, expect } from "./support/fixtures";
import { signIn } from "./support/pages";
import { EMAIL_KIND_LABELS } from "@/lib/mail/labels";
import { EMAIL_KINDS } from "@/lib/mail/schema";

test.describe("Modèles de courriels", () => {
  /* Signing in, then eighteen previews each scanned by axe: more than the default minute on a busy machine. */
  test.slow();

  test("l'équipe lit chaque modèle : son objet, sa version HTML et sa version texte", async ({ page }) => {
    await signIn(page, "equipe@example.org");
    await page.goto("/admin/courriels");
    await page.getByRole("link", { name: "Modèles de courriels" }).click();
    await page.waitForURL("**/admin/courriels/modeles");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modèles de courriels");

    for (const kind of EMAIL_KINDS) {
      const label = EMAIL_KIND_LABELS[kind];
      const section = page.getByRole("region", { name: label, exact: true });
      await expect(section.getByText(/^Objet\s:\s\S/)).toBeVisible();
      const preview = section.getByTitle(`Aperçu de la version HTML : ${label}`);
      await preview.scrollIntoViewIfNeeded();
      await expect(preview.contentFrame().getByText("Bonjour Camille,")).toBeVisible();
    }

    const confirmed = page.getByRole("region", { name: "Inscription confirmée", exact: true });
    await confirmed.getByText("Version texte : Inscription confirmée").click();
    await expect(confirmed.locator("pre")).toContainText("Votre code d'inscription : K7Q-4MP");
    await expect(confirmed.getByTitle("Aperçu de la version HTML : Inscription confirmée").contentFrame().getByText("K7Q-4MP")).toBeVisible();
  });

  test("un membre n'y a pas accès", async ({ page }) => {
    await signIn(page, "membre@example.org");
    await page.goto("/admin/courriels/modeles");
    await page.waitForURL("**/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
