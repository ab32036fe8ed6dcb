import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { findAccount, testDb } from "./support/data";
import { AdminMembersPage, SignUpPage, expectLinkSentPage, labelled, signIn } from "./support/pages";
import { formalName } from "@/lib/people/names";
import { organisations } from "@/lib/organisations/schema";

/* Sign-up's "Structure": every commune and EPCI of the five departments, searchable as one types, or "Autre structure". */

function newcomer(label: string) {
  const suffix = randomUUID().slice(0, 8);
  return {
    Prénom: "Sacha",
    Nom: `Structure ${label} ${suffix}`,
    "Adresse e-mail professionnelle": `e2e-structure-${label}-${suffix}@example.org`,
    "Mot de passe": `un-mot-de-passe-${suffix}`,
    "Confirmation du mot de passe": `un-mot-de-passe-${suffix}`,
  };
}

function organisationOf(email: string) {
  const account = findAccount(email)!;
  const organisation = account.organisationId
    ? testDb().select().from(organisations).where(eq(organisations.id, account.organisationId)).get()
    : undefined;
  return { account, organisation };
}

test.describe("La structure à l'inscription", () => {
  test("un chef de projet employé par une commune la trouve dans la liste en tapant son nom", async ({ page }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    const structure = labelled(signUp.form, "Structure");
    const listId = await structure.getAttribute("list");
    const suggestions = page.locator(`datalist#${listId} option`);
    /* The suggestions load after the page (app/api/structures), which stays small. */
    await expect.poll(() => suggestions.count()).toBeGreaterThan(3800);
    for (const label of ["Noyon (60)", "Lillers (62)", "Communauté de communes du Pays Noyonnais", "Département de l'Aisne", "Autre structure"]) {
      await expect(page.locator(`datalist#${listId} option[value="${label}"]`)).toHaveCount(1);
    }

    const person = newcomer("commune");
    await signUp.submit({ ...person, Structure: "Noyon (60)" });
    await expectLinkSentPage(page);
    const { account, organisation } = organisationOf(person["Adresse e-mail professionnelle"]);
    expect(account.organisationOther).toBeNull();
    expect(organisation).toMatchObject({ name: "Noyon (60)", kind: "commune", department: "60", code: "60471" });
  });

  test("une structure absente de la liste : « Autre structure » avec son nom, que l'équipe rattache ensuite", async ({ page, newBrowserPage }) => {
    /* Two people, four submissions and an axe scan after each: more than the default minute on a busy machine. */
    test.slow();
    const signUp = new SignUpPage(page);
    await signUp.goto();
    const person = newcomer("autre");
    await signUp.submit({ ...person, Structure: "Mairie de Lillers" });
    const structure = labelled(signUp.form, "Structure");
    await expect(structure).toHaveAttribute("aria-invalid", "true");
    await expect(structure).toHaveAccessibleDescription(/Choisissez une structure proposée dans la liste, ou «\u00a0Autre structure\u00a0»\./);

    await signUp.submit({ ...person, Structure: "Autre structure" });
    const otherName = labelled(signUp.form, "Nom de votre structure, si vous avez choisi «\u00a0Autre structure\u00a0»");
    await expect(otherName).toHaveAccessibleDescription("Saisissez le nom de votre structure.");

    await signUp.submit({ ...person, "Nom de votre structure, si vous avez choisi «\u00a0Autre structure\u00a0»": "Régie de quartier de Lillers" });
    await expectLinkSentPage(page);
    const email = person["Adresse e-mail professionnelle"];
    expect(organisationOf(email).account).toMatchObject({ organisationId: null, organisationOther: "Régie de quartier de Lillers" });

    const staff = await newBrowserPage();
    await signIn(staff, "equipe@example.org");
    await staff.goto("/admin/membres");
    const name = `${person.Prénom} ${person.Nom}`;
    const row = new AdminMembersPage(staff).row({ formalName: formalName({ givenName: person.Prénom, familyName: person.Nom }) });
    await expect(row).toContainText("Autre structure\u00a0: Régie de quartier de Lillers");
    await labelled(row, `Structure de ${name}`).fill("Lillers (62)");
    await row.getByRole("button", { name: `Rattacher le compte de ${name}` }).click();
    const outcome = row.getByRole("status");
    await expect(outcome).toHaveText(`Compte de ${name} rattaché à «\u00a0Lillers (62)\u00a0».`);
    await expect(row.getByRole("cell").nth(1).locator("[tabindex='-1']")).toBeFocused();
    await expect(row.getByRole("cell").nth(1)).toContainText(/»\.\s*Lillers \(62\)$/);
    const { account, organisation } = organisationOf(email);
    expect(account.organisationOther).toBeNull();
    expect(organisation).toMatchObject({ name: "Lillers (62)", kind: "commune", code: "62516" });
  });
});
