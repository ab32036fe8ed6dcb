import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { testDb } from "./support/data";
import { signIn } from "./support/pages";
import { AdminDocumentPage, AdminDocumentsListPage, TextVersionPage } from "./support/admin-documents";
import { attachments, documents } from "@/lib/documents/schema";
import { meetings } from "@/lib/meetings/schema";
import { themes } from "@/lib/themes/schema";

const DAY = 24 * 60 * 60 * 1000;

/** Documents of this test only, one of them attached to a published meeting of this test. */
function library() {
  const suffix = randomUUID().slice(0, 8);
  const db = testDb();
  const insert = (title: string, values: Partial<typeof documents.$inferInsert>) =>
    db
      .insert(documents)
      .values({ title, originalFilename: `fichier-${suffix}.pdf`, storageName: `e2e-${randomUUID()}.pdf`, mimeType: "application/pdf", sizeBytes: 2_034_000, sha256: randomUUID(), pageCount: 2, ...values })
      .returning()
      .get();
  const guide = insert(`Guide égalité ${suffix}`, { originalFilename: `guide_egalite_${suffix}.pdf`, extractedText: "Premier paragraphe\nsur deux lignes.\n\nSecond paragraphe.\fTexte de la page deux." });
  const note = insert(`Note réservée ${suffix}`, { visibility: "members", hasJavascript: true, extractedText: "Confidentiel." });
  const startsAt = new Date(Date.now() + 30 * DAY);
  const meeting = db
    .insert(meetings)
    .values({ kind: "atelier", title: `Atelier documents ${suffix}`, slug: `e2e-${randomUUID()}`, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), status: "published" })
    .returning()
    .get();
  db.insert(attachments).values({ documentId: guide.id, meetingId: meeting.id, position: 0 }).run();
  return { suffix, guide, note, meeting };
}

test.describe("Bibliothèque de documents de l'équipe", () => {
  test.describe.configure({ timeout: 360_000 });

  test("l'équipe cherche sans accents et filtre par visibilité et avertissements", async ({ page }) => {
    const { suffix, guide, note } = library();
    await signIn(page, "equipe@example.org");
    const list = new AdminDocumentsListPage(page);
    await list.goto();
    await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Documents" })).toHaveAttribute("href", "/admin/documents");
    await expect(page.getByRole("link", { name: "Téléverser des PDF" })).toHaveAttribute("href", "/admin/documents/nouveau");

    await list.filter({ text: `GUIDE EGALITE ${suffix}` });
    expect(await list.titles()).toEqual([guide.title]);
    await expect(list.row(guide.title)).toContainText(`guide_egalite_${suffix}.pdf`);
    await expect(list.row(guide.title)).toContainText("2,03 Mo");
    await expect(list.row(guide.title)).toContainText("1 page");

    await list.filter({ text: suffix, visibility: "Réservé aux membres" });
    expect(await list.titles()).toEqual([note.title]);

    await list.filter({ text: suffix, visibility: "Toutes les visibilités", warnings: "Contient du JavaScript" });
    await expect(list.table()).toHaveAccessibleName(/^Documents – 1 résultat, triés par date d'ajout, décroissant$/);
    await expect(list.row(note.title)).toContainText("contient du JavaScript");
  });

  test("l'équipe corrige le titre et les thématiques d'un document, la page publique suit", async ({ page, newBrowserPage }) => {
    const { guide, meeting } = library();
    const [theme] = testDb().select().from(themes).orderBy(asc(themes.position)).limit(1).all();
    await signIn(page, "equipe@example.org");
    const documentPage = new AdminDocumentPage(page);
    await documentPage.goto(guide.id);
    await expect(documentPage.usage().getByRole("link", { name: meeting.title })).toHaveAttribute("href", `/admin/rencontres/${meeting.slug}/fichiers`);
    await expect(page.getByRole("link", { name: "Remplacer le fichier" })).toHaveAttribute("href", `/admin/documents/${guide.id}/remplacer`);

    await documentPage.save({ title: "x".repeat(301), description: "Gardée après le refus" });
    await expect(documentPage.message()).toBeFocused();
    await expect(documentPage.form().getByText("Le titre tient en 300 caractères au plus.").last()).toBeVisible();
    await expect(documentPage.form().getByLabel(/^Description/)).toHaveValue("Gardée après le refus");

    const title = `${guide.title} (mise à jour)`;
    await documentPage.save({ title, themes: [theme!.name] });
    await expect(documentPage.message()).toContainText(`Document « ${title} » enregistré.`);
    await expect(documentPage.form().getByRole("checkbox", { name: theme!.name, exact: true })).toBeChecked();

    const visitor = await newBrowserPage();
    await visitor.goto(`/rencontres/${meeting.slug}`);
    await expect(visitor.getByRole("region", { name: "Fichiers joints" }).getByRole("link", { name: title, exact: true })).toBeVisible();
  });

  test("supprimer un document joint est refusé, puis accepté en le détachant", async ({ page, newBrowserPage }) => {
    const { guide, meeting } = library();
    await signIn(page, "equipe@example.org");
    const documentPage = new AdminDocumentPage(page);
    await documentPage.goto(guide.id);

    await documentPage.delete({ detach: false });
    await expect(documentPage.deletion().getByRole("alert")).toContainText(`la rencontre «\u00a0${meeting.title}\u00a0»`);
    expect(testDb().select().from(documents).where(eq(documents.id, guide.id)).get()).toBeDefined();

    await documentPage.delete({ detach: true });
    await page.waitForURL(`/admin/documents?suppression=${guide.id}`);
    await expect(new AdminDocumentsListPage(page).outcome()).toHaveText(`Document «\u00a0${guide.title}\u00a0» supprimé.`);
    await expect(new AdminDocumentsListPage(page).outcome()).toBeFocused();
    expect(testDb().select().from(documents).where(eq(documents.id, guide.id)).get()).toBeUndefined();

    const visitor = await newBrowserPage();
    await visitor.goto(`/rencontres/${meeting.slug}`);
    await expect(visitor.getByRole("heading", { name: meeting.title, level: 1 })).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Fichiers joints" })).toHaveCount(0);
  });
});

test.describe("Version texte des documents", () => {
  test("un visiteur lit la version texte d'un document public, pas celle d'un document réservé", async ({ page }) => {
    const { guide, note, meeting } = library();
    await page.goto(`/rencontres/${meeting.slug}`);
    await page.getByRole("region", { name: "Fichiers joints" }).getByRole("link", { name: `Version texte de «\u00a0${guide.title}\u00a0»` }).click();
    await page.waitForURL(`/documents/${guide.id}/texte`);
    const text = new TextVersionPage(page);
    await expect(text.heading()).toHaveText(guide.title);
    await expect(text.pageText(1)).toHaveText(["Premier paragraphe sur deux lignes.", "Second paragraphe."]);
    await expect(text.pageText(2)).toHaveText(["Texte de la page deux."]);
    await expect(page.getByRole("link", { name: "Télécharger le PDF" })).toHaveAttribute("href", `/documents/${guide.id}/${guide.originalFilename}?telechargement`);

    await text.goto(note.id);
    await expect(text.heading()).toHaveText("Document réservé aux membres");
    await expect(page.getByRole("main")).not.toContainText("Confidentiel");
    await expect(page.getByRole("main").getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", `/connexion?retour=${encodeURIComponent(`/documents/${note.id}/texte`)}`);
  });
});
