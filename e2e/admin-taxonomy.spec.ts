import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { createAccount, findAccount, testDb } from "./support/data";
import { insertOpenMeeting } from "./support/db";
import { signIn } from "./support/pages";
import { AdminOrganisationsPage, AdminThemesPage } from "./support/admin-taxonomy";
import { labelled } from "./support/pages";
import { createUser } from "@/lib/people/service";
import { meetingThemes } from "@/lib/meetings/schema";
import { organisations } from "@/lib/organisations/schema";
import { createTheme } from "@/lib/themes/service";

/* The back office's taxonomy: themes merged, organisations created, « Autre structure » accounts attached. */

const STAFF = "equipe@example.org";

test.describe("Thématiques et organisations (équipe)", () => {
  test("l'équipe fusionne deux thématiques au clavier ; la rencontre qui portait l'ancienne montre la nouvelle", async ({ page, newBrowserPage }) => {
    test.slow();
    const suffix = randomUUID().slice(0, 8);
    const kept = createTheme(testDb(), "operator", { name: `Emploi ${suffix}`, description: null });
    const old = createTheme(testDb(), "operator", { name: `Développement économique ${suffix}`, description: null });
    const meeting = await insertOpenMeeting(testDb(), { slug: `fusion-thematiques-${suffix}` });
    testDb().insert(meetingThemes).values({ meetingId: meeting.id, themeId: old.id }).run();

    /* A visitor's page is cached with the old theme: the merge must expire it. */
    const visitor = await newBrowserPage();
    await visitor.goto(`/rencontres/${meeting.slug}`);
    const themesOfMeeting = visitor.locator("dt", { hasText: /^Thématiques$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(themesOfMeeting).toHaveText(old.name);

    await signIn(page, STAFF);
    const themes = new AdminThemesPage(page);
    await themes.goto();
    await expect(themes.item(old.name)).toContainText("Utilisée par 1 rencontre");
    await themes.mergeWithKeyboard(old.name, kept.name);
    await expect(themes.outcome).toHaveText(`«\u00a0${old.name}\u00a0» fusionnée dans «\u00a0${kept.name}\u00a0» et supprimée\u00a0: 1 contenu porte désormais «\u00a0${kept.name}\u00a0».`);
    await expect(themes.outcome.locator("xpath=..")).toBeFocused();
    await expect(themes.item(old.name)).toHaveCount(0);
    await expect(themes.item(kept.name)).toContainText("Utilisée par 1 rencontre");

    await visitor.goto(`/rencontres/${meeting.slug}`);
    await expect(themesOfMeeting).toHaveText(kept.name);
  });

  test("l'équipe crée une organisation et y rattache un compte « Autre structure »", async ({ page }) => {
    /* Five page states scanned by axe, each with the structures list (some 4,000 suggestions): more than three minutes on a loaded machine. */
    test.setTimeout(300_000);
    const suffix = randomUUID().slice(0, 8);
    const typed = `Maison de quartier ${suffix}`;
    const name = `Maison de quartier Émile-Zola ${suffix}`;
    const person = await createUser(testDb(), {
      email: `e2e-autre-structure-${suffix}@example.org`,
      givenName: "Sacha",
      familyName: `Rattachement ${suffix}`,
      organisationOther: typed,
      emailVerified: new Date(),
    });

    await signIn(page, STAFF);
    const admin = new AdminOrganisationsPage(page);
    await admin.goto();
    await admin.create({ Nom: name, Type: "Association", Département: "Nord (59)", Ville: "Roubaix" });

    /* Found without its accent or capitals. */
    await admin.search(`emile-zola ${suffix}`);
    await expect(admin.rowNames()).toHaveText([name]);

    const group = admin.group(typed);
    await expect(group).toContainText(person.email);
    await expect(group.getByRole("checkbox", { name: `${person.name} (${person.email})` })).toBeChecked();
    await labelled(group, "Organisation").fill(name);
    await group.getByRole("button", { name: `Rattacher les comptes de «\u00a0${typed}\u00a0»` }).click();
    const outcome = admin.toAttach.getByRole("status").first();
    await expect(outcome).toHaveText(`1 compte rattaché à «\u00a0${name}\u00a0».`);
    await expect(admin.group(typed)).toHaveCount(0);

    const organisation = testDb().select().from(organisations).where(eq(organisations.name, name)).get();
    expect(organisation).toMatchObject({ kind: "association", department: "59", city: "Roubaix" });
    expect(findAccount(person.email)).toMatchObject({ organisationId: organisation!.id, organisationOther: null });
  });

  test("un membre reçoit la page « Accès refusé » sur les deux pages", async ({ page }) => {
    test.slow();
    const member = await createAccount("member", "taxonomie");
    await signIn(page, member.email, member.password);
    for (const path of ["/admin/thematiques", "/admin/organisations"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/acces-refuse$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    }
  });
});
