import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { testDb } from "./support/data";
import { signIn } from "./support/pages";
import { DocumentUploadPage, type PdfFile } from "./support/admin-documents-upload";
import { documents } from "@/lib/documents/schema";
import { samplePdf } from "@/tests/upload";

/* Staff send PDFs to the library, each with its own progress, and replace a document's file keeping its address. */

const STAFF = "equipe@example.org";

async function pdf(name: string, text: string, pages = 1): Promise<PdfFile> {
  return { name, mimeType: "application/pdf", buffer: Buffer.from(await samplePdf(text, pages)) };
}

function documentNamed(originalFilename: string) {
  return testDb().select().from(documents).where(eq(documents.originalFilename, originalFilename)).get();
}

test.describe("Téléversement de documents (équipe)", () => {
  test("l'équipe envoie trois PDF d'un coup, chacun avec sa progression ; un faux PDF est refusé avec son message", async ({ page }) => {
    test.slow();
    const suffix = randomUUID().slice(0, 8);
    const files = [await pdf(`Compte rendu ${suffix}.pdf`, "Compte rendu", 3), await pdf(`Programme ${suffix}.pdf`, "Programme"), await pdf(`Annexe ${suffix}.pdf`, "Annexe", 2)];
    const fake: PdfFile = { name: `Page web ${suffix}.pdf`, mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><title>Pas un PDF</title>") };

    await signIn(page, STAFF);
    const upload = new DocumentUploadPage(page);
    await upload.goto();
    await upload.choose([...files, fake], "Réservé aux membres");
    await upload.submit("Téléverser");

    for (const file of files) await upload.expectSaved(file.name);
    await upload.expectRefused(fake.name, "n'est pas un PDF");
    await expect(upload.resultsHeading).toBeFocused();

    const saved = documentNamed(files[0]!.name)!;
    expect(saved).toMatchObject({ title: `Compte rendu ${suffix}`, pageCount: 3, visibility: "members" });
    await expect(upload.editLink(`Compte rendu ${suffix}`)).toHaveAttribute("href", `/admin/documents/${saved.id}`);
    expect(files.map((file) => documentNamed(file.name)?.uploaderId)).toEqual(files.map(() => saved.uploaderId));
    expect(documentNamed(fake.name)).toBeUndefined();
  });

  test("l'équipe remplace le fichier d'un document : même adresse, nouveau contenu", async ({ page }) => {
    test.slow();
    const suffix = randomUUID().slice(0, 8);
    const name = `Circulaire ${suffix}.pdf`;
    const first = await pdf(name, "Version initiale");
    const second = await pdf(name, "Version corrigée", 2);

    await signIn(page, STAFF);
    const upload = new DocumentUploadPage(page);
    await upload.goto();
    await upload.choose([first]);
    await upload.submit("Téléverser");
    await upload.expectSaved(name);
    const document = documentNamed(name)!;
    const url = `/documents/${document.id}/${encodeURIComponent(name)}`;
    expect(Buffer.from(await (await page.request.get(url)).body())).toEqual(first.buffer);

    await upload.gotoReplace(document.id);
    await upload.submit("Remplacer le fichier");
    const input = page.getByLabel("Nouveau fichier PDF");
    await expect(input).toBeFocused();
    await expect(input).toHaveAccessibleDescription(/Choisissez le nouveau fichier PDF\.$/);
    await upload.choose([second]);
    await upload.submit("Remplacer le fichier");
    await upload.expectSaved(name);
    await expect(upload.resultsHeading).toBeFocused();

    const replaced = await page.request.get(url);
    expect(replaced.status()).toBe(200);
    expect(Buffer.from(await replaced.body())).toEqual(second.buffer);
    expect(documentNamed(name)).toMatchObject({ id: document.id, pageCount: 2 });
  });
});
