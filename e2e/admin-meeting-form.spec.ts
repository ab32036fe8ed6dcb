import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { createAccount, meetingBySlug, waitForEmail } from "./support/data";
import { AdminMeetingFiche } from "./support/admin-meeting-form";
import { icsEvents, icsValue } from "./support/ics";
import { labelled, MeetingPage, signIn } from "./support/pages";

/* Staff prepare a meeting from the back office, a member registers, and every change reaches them. */

/** A date some weeks ahead, as a date input takes it. */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);
}

test.describe("Fiche d'une rencontre", () => {
  test("créer, prévisualiser, publier, déplacer en prévenant l'inscrit, dupliquer, annuler", async ({ page, newBrowserPage }) => {
    /* A long journey through a dozen page states, each scanned by axe. */
    test.setTimeout(600_000);
    const staff = await createAccount("staff", "fiche");
    const title = `Rencontre de réseau essai ${randomUUID().slice(0, 6)}`;
    await signIn(page, staff.email, staff.password);
    const fiche = new AdminMeetingFiche(page);

    /* Creation: every main field. A refusal first keeps what was typed. */
    await fiche.gotoNew();
    await fiche.fill({
      "Type de rencontre": "Rencontre de réseau",
      Titre: title,
      Résumé: "Les chefs de projet du réseau se retrouvent.",
      Description: "## Au programme\n\nDes **échanges** entre pairs.",
      "Date de début": dayAhead(40),
      "Heure de début": "09:30",
      "Heure de fin": "16:30",
      "Nom du lieu": "Hôtel de ville",
      "Code postal": "604",
      Ville: "Noyon",
      "Accueilli par": "Communauté de communes du Pays Noyonnais",
      "Nombre de places": "30",
    });
    await fiche.check("Thématiques", "Politique de la ville - DSU");
    await fiche.submit();
    await expect(fiche.focused()).toContainText("Indiquez un code postal de 5 chiffres");
    await expect(fiche.field("Titre")).toHaveValue(title);
    await expect(fiche.form.getByLabel("Politique de la ville - DSU", { exact: true })).toBeChecked();
    await fiche.fill({ "Code postal": "60400" });
    await fiche.submit();
    await expect(fiche.focused()).toContainText("Rencontre créée en brouillon");
    const slug = fiche.slug();
    expect(meetingBySlug(slug)).toMatchObject({ status: "draft", title, venuePostcode: "60400", capacity: 30 });

    /* Preview, as visitors then as members. */
    await page.getByRole("link", { name: "Aperçu", exact: true }).click();
    await expect(page.getByText("Aperçu – brouillon non publié")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Au programme" })).toBeVisible();
    await page.getByRole("link", { name: "Vue membre" }).click();
    await expect(page.getByText(/vue d'un membre connecté/)).toBeVisible();

    /* Publication. */
    await fiche.goto(slug);
    await fiche.actions.getByRole("button", { name: "Publier la rencontre" }).click();
    await expect(fiche.focused()).toContainText("Rencontre publiée");

    /* A member registers. */
    const member = await createAccount("member", "fiche");
    const memberPage = await newBrowserPage();
    await signIn(memberPage, member.email, member.password);
    const meetingPage = new MeetingPage(memberPage, slug);
    await meetingPage.goto();
    await meetingPage.register();
    await expect(meetingPage.status()).toContainText("Vous êtes inscrit(e)");

    /* Staff move it by an hour and tell the registrant: the update invitation has a higher SEQUENCE. */
    await fiche.goto(slug);
    await expect(fiche.form.getByLabel(/^Prévenir la personne inscrite par courriel/)).toBeChecked();
    await fiche.fill({ "Heure de début": "10:30" });
    await fiche.submit();
    await expect(fiche.focused()).toContainText("Modifications enregistrées. 1 inscrit prévenu par courriel.");
    const update = await waitForEmail(member.email, { subject: new RegExp(`^Changement d'horaire\u00a0: «\u00a0${title}\u00a0»$`) });
    const [event] = icsEvents(update.calendar!);
    expect(Number(icsValue(event!, "SEQUENCE"))).toBe(1);

    /* Duplicate: a draft copy with provisional dates. */
    await fiche.actions.getByRole("button", { name: "Dupliquer la rencontre" }).click();
    await expect(fiche.focused()).toContainText("Copie créée en brouillon");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (copie)`);
    await expect(page.getByText("Dates à définir")).toBeVisible();
    expect(meetingBySlug(fiche.slug())).toMatchObject({ status: "draft", capacity: 30, venueCity: "Noyon" });

    /* Cancellation with a message: the member is told, the public page says so. */
    await fiche.goto(slug, "/annuler");
    await expect(page.getByText("1 inscrit sera prévenu par courriel", { exact: false }).first()).toBeVisible();
    await labelled(page.getByRole("form", { name: "Annuler la rencontre" }), "Message d'annulation").fill("En raison d'une grève des transports, la rencontre est reportée.");
    await page.getByRole("button", { name: "Annuler la rencontre" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.getByRole("dialog").getByRole("button", { name: "Confirmer l'annulation" }).click();
    await expect(page.locator(":focus")).toContainText("Rencontre annulée. 1 inscrit prévenu par courriel.");
    await waitForEmail(member.email, { subject: new RegExp(`^Rencontre annulée\u00a0: «\u00a0${title}\u00a0»$`) });

    const visitor = await newBrowserPage();
    await visitor.goto(`/rencontres/${slug}`);
    await expect(visitor.getByText("Rencontre annulée", { exact: true })).toBeVisible();
    await expect(visitor.getByText("En raison d'une grève des transports, la rencontre est reportée.")).toBeVisible();
  });
});
