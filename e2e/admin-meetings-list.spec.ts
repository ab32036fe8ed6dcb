import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { testDb, seededAccount } from "./support/data";
import { signIn, signOut } from "./support/pages";
import { AdminJournalPage, AdminMeetingsListPage } from "./support/admin-meetings-list";
import { auditLog } from "@/lib/audit/schema";
import { publishMeetings } from "@/lib/meetings/publication";
import { meetings } from "@/lib/meetings/schema";

const DAY = 24 * 60 * 60 * 1000;

/** A meeting of this test only, `days` from now. */
function meeting(title: string, days: number, overrides: Partial<typeof meetings.$inferInsert> = {}) {
  const startsAt = new Date(Date.now() + days * DAY);
  return testDb()
    .insert(meetings)
    .values({ kind: "atelier", title, slug: `e2e-${randomUUID()}`, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), status: "draft", ...overrides })
    .returning()
    .get();
}

test.describe("Liste des rencontres de l'équipe", () => {
  /* Many page loads and states, each scanned by axe. */
  test.describe.configure({ timeout: 360_000 });

  test("l'équipe cherche sans accents, filtre par statut et trie par titre", async ({ page }) => {
    const suffix = randomUUID().slice(0, 8);
    meeting(`Égalité et écoles ${suffix}`, 20);
    meeting(`Atelier numérique ${suffix}`, 30);
    meeting(`Zones d'activité ${suffix}`, 10, { status: "published" });

    await signIn(page, "equipe@example.org");
    const list = new AdminMeetingsListPage(page);
    await list.goto();
    await expect(page.getByRole("link", { name: "Nouvelle rencontre" })).toHaveAttribute("href", "/admin/rencontres/nouvelle");

    await list.filter({ title: `EGALITE et ecoles ${suffix}` });
    await expect(list.row(`Égalité et écoles ${suffix}`)).toBeVisible();

    await list.filter({ title: suffix, status: "Brouillon" });
    await expect(list.table()).toHaveAccessibleName("Rencontres – 2 résultats, triées par date, décroissant");
    expect(await list.titles()).toEqual([`Atelier numérique ${suffix}`, `Égalité et écoles ${suffix}`]);
    await expect(list.row(`Atelier numérique ${suffix}`)).toContainText("Brouillon");
    await expect(list.row(`Atelier numérique ${suffix}`).getByRole("link")).toHaveAttribute("href", /^\/admin\/rencontres\/e2e-/);

    await list.filter({ title: suffix, status: "Tous les statuts" });
    await list.sortBy("Titre");
    await expect(list.table()).toHaveAccessibleName("Rencontres – 3 résultats, triées par titre, croissant");
    await expect(page.getByRole("columnheader", { name: "Titre" })).toHaveAttribute("aria-sort", "ascending");
    expect(await list.titles()).toEqual([`Atelier numérique ${suffix}`, `Égalité et écoles ${suffix}`, `Zones d'activité ${suffix}`]);
    await list.sortBy("Titre");
    expect(await list.titles()).toEqual([`Zones d'activité ${suffix}`, `Égalité et écoles ${suffix}`, `Atelier numérique ${suffix}`]);
  });

  test("l'équipe publie deux brouillons d'un coup, au clavier, après confirmation", async ({ page }) => {
    const suffix = randomUUID().slice(0, 8);
    const first = meeting(`Cycle qualification ${suffix}`, 40);
    const second = meeting(`Visite de quartier ${suffix}`, 41);

    await signIn(page, "equipe@example.org");
    const list = new AdminMeetingsListPage(page);
    await list.goto();
    await list.filter({ title: suffix });
    await expect(page.getByText("Cochez des rencontres pour les publier ou les dépublier ensemble.")).toBeVisible();

    await list.checkbox(first.title).focus();
    await page.keyboard.press("Space");
    await list.checkbox(second.title).focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("2 rencontres sélectionnées")).toBeVisible();

    await page.getByRole("button", { name: "Publier la sélection", exact: true }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Publier 2 rencontres ?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expect(dialog.getByRole("listitem")).toHaveText([second.title, first.title]);
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Publier", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");

    const outcome = list.outcome();
    await expect(outcome).toHaveText(`2 rencontres publiées : « ${second.title} », « ${first.title} ».`);
    await expect(outcome).toBeFocused();
    await expect(list.row(first.title)).toContainText("Publiée");
    await expect(list.checkbox(first.title)).not.toBeChecked();

    const stored = testDb().select().from(meetings).where(inArray(meetings.id, [first.id, second.id])).all();
    expect(stored.map((m) => m.status)).toEqual(["published", "published"]);
    expect(stored.every((m) => m.publishedAt !== null)).toBe(true);
    const staff = seededAccount("equipe@example.org");
    const audits = testDb()
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "meeting.publish"), eq(auditLog.actorId, staff.id), inArray(auditLog.entityId, [first.id, second.id])))
      .all();
    expect(audits).toHaveLength(2);
  });

  test("l'administrateur lit le journal filtré par action, avec un lien vers chaque rencontre", async ({ page }) => {
    const suffix = randomUUID().slice(0, 8);
    const published = meeting(`Journée régionale ${suffix}`, 50);
    publishMeetings(testDb(), { userId: seededAccount("equipe@example.org").id }, [published.id]);

    await signIn(page, "admin@example.org");
    const journal = new AdminJournalPage(page);
    await journal.goto();
    await journal.filterByAction("Rencontre publiée");
    await expect(page.getByRole("table")).toHaveAccessibleName(/^Journal – \d+ entrées?, de la plus récente à la plus ancienne/);
    const rows = journal.rows();
    await expect(rows.first()).toContainText("Rencontre publiée");
    const row = rows.filter({ hasText: published.title });
    await expect(row.getByRole("link", { name: `« ${published.title} »` })).toHaveAttribute(
      "href",
      `/admin/rencontres/${published.slug}`,
    );
    await row.getByText("Voir le détail").click();
    await expect(row.locator("pre")).toContainText(`"slug": "${published.slug}"`);
    for (const text of await rows.allTextContents()) expect(text).toContain("Rencontre publiée");
  });
});

test.describe("Accès à la liste des rencontres et au journal", () => {
  test.slow();

  test("un membre voit « Accès refusé » sur les deux pages ; l'équipe, sur le journal", async ({ page }) => {
    await signIn(page, "membre@example.org");
    for (const path of ["/admin/rencontres", "/admin/journal"]) {
      await page.goto(path);
      await page.waitForURL("**/acces-refuse");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    }
    await signOut(page);
    await signIn(page, "equipe@example.org");
    await page.goto("/admin/journal");
    await page.waitForURL("**/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
