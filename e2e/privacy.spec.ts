import { test, expect } from "./support/fixtures";
import { createAccount, findAccount, liveRegistrations, meetingBySlug, testDb } from "./support/data";
import { MySpacePage, signIn } from "./support/pages";
import { register } from "@/lib/registrations/service";

/* RGPD in Mon espace: download my data, delete my account. */

const OPEN = "rencontre-reseau-places-disponibles";

test.describe("Mes données", () => {
  test("je télécharge mes données, puis je supprime mon compte", async ({ page }) => {
    const member = await createAccount("member", "rgpd");
    const meetingId = meetingBySlug(OPEN).id;
    register(testDb(), { meetingId, userId: member.id, answers: { regime: "végétarien" } });
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);

    const download = await page.request.get("/mon-espace/donnees.json");
    expect(download.headers()["content-disposition"]).toContain("mes-donnees-irev.json");
    const data = (await download.json()) as { profile: { email: string }; registrations: { answers: Record<string, string> }[] };
    expect(data.profile.email).toBe(member.email);
    expect(data.registrations[0]?.answers).toEqual({ regime: "végétarien" });

    const confirmation = page.getByLabel(/Pour confirmer, saisissez SUPPRIMER/);
    await confirmation.fill("supprimer");
    await page.getByRole("button", { name: "Supprimer mon compte" }).click();
    await expect(confirmation).toHaveAccessibleDescription(/Saisissez SUPPRIMER en majuscules pour confirmer\./);
    await expect(confirmation).toHaveValue("supprimer");

    await confirmation.fill("SUPPRIMER");
    await page.getByRole("button", { name: "Supprimer mon compte" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Votre compte a été supprimé" })).toBeVisible();
    expect(findAccount(member.email)).toBeUndefined();
    expect(liveRegistrations(meetingId, member.id)).toHaveLength(0);

    await mySpace.goto();
    await expect(page).toHaveURL(/\/connexion/);
  });
});
