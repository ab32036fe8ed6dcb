import { test, expect } from "./support/fixtures";
import { createAccount, liveRegistrations, meetingBySlug, readLatestEmail, seededAccount, waitForEmail, waitlist } from "./support/data";
import { MeetingPage, SignInPage, signIn } from "./support/pages";

/* Registering from a meeting page: seats, waitlist, refusals, and what a cancellation does to the waitlist. */

const OPEN = "rencontre-reseau-places-disponibles";
const FULL = "journee-regionale-complete";
const ATELIER = "Atelier 2 – La création d'activité";

test.describe("Inscription à une rencontre", () => {
  test("un membre s'inscrit : confirmé, une place de moins, statut affiché", async ({ page }) => {
    const member = await createAccount("member", "inscription");
    await signIn(page, member.email, member.password);
    const meeting = new MeetingPage(page, OPEN);
    await meeting.goto();
    const seatsBefore = await meeting.seatsLeft();

    await meeting.register({ "Régime alimentaire ou allergies": "Végétarien", "Besoins d'accessibilité": "Boucle magnétique" }, { consent: true });

    await expect(meeting.status()).toHaveText(/Vous êtes inscrit\(e\) à cette rencontre\./);
    /* The outcome is announced and has the focus, though the form it came from is gone. */
    await expect(meeting.outcome()).toHaveText("Votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé.");
    await expect(page.locator(":focus")).toContainText("Votre inscription est confirmée.");
    await expect.poll(() => meeting.seatsLeft()).toBe(seatsBefore - 1);
    const [registration] = liveRegistrations(meetingBySlug(OPEN).id, member.id);
    expect(registration).toMatchObject({ status: "confirmed", answers: { regime: "Végétarien", accessibilite: "Boucle magnétique" } });
    expect(registration?.consentAt).not.toBeNull();
    await waitForEmail(member.email, { subject: /^Inscription confirmée\u00a0: «\u00a0Réseau des chefs de projet politique de la ville – Amiens \(80\)\u00a0»$/ });
  });

  test("recharger la page ou soumettre deux fois ne crée pas de seconde inscription", async ({ page }) => {
    const member = await createAccount("member", "double");
    await signIn(page, member.email, member.password);
    const meeting = new MeetingPage(page, OPEN);
    await meeting.goto();
    /* A second tab of the same browser, whose form was loaded before the first registration. */
    const staleTab = new MeetingPage(await page.context().newPage(), OPEN);
    await staleTab.goto();
    await expect(staleTab.registerForm).toBeVisible();

    await meeting.register();
    await expect(meeting.status()).toContainText("Vous êtes inscrit(e)");
    await meeting.page.reload();
    await expect(meeting.status()).toContainText("Vous êtes inscrit(e)");
    await expect(meeting.registerForm).toHaveCount(0);

    await staleTab.register();
    await expect(staleTab.status()).toContainText("Vous êtes inscrit(e)");
    expect(liveRegistrations(meetingBySlug(OPEN).id, member.id)).toHaveLength(1);
  });

  test("rencontre complète : question obligatoire d'abord oubliée, puis inscription en liste d'attente", async ({ page }) => {
    const member = await createAccount("member", "attente");
    const meetingId = meetingBySlug(FULL).id;
    await signIn(page, member.email, member.password);
    const meeting = new MeetingPage(page, FULL);
    await meeting.goto();
    await expect(meeting.seats).toHaveText("Complet (12 places)");

    await meeting.register({ "Régime alimentaire ou allergies": "Sans porc", "Besoins d'accessibilité": "Place près de l'entrée" });
    await expect(meeting.outcome()).toContainText("Certaines réponses sont à corriger.");
    await expect(page.locator(":focus")).toContainText("Veuillez répondre à « Atelier choisi ».");
    await expect(meeting.field("Atelier choisi")).toHaveAttribute("aria-invalid", "true");
    await expect(meeting.field("Atelier choisi")).toHaveAccessibleDescription("Veuillez répondre à « Atelier choisi ».");
    await expect(meeting.field("Régime alimentaire ou allergies")).toHaveValue("Sans porc");
    await expect(meeting.field("Besoins d'accessibilité")).toHaveValue("Place près de l'entrée");
    expect(liveRegistrations(meetingId, member.id)).toHaveLength(0);

    /* On the demo data, two people wait already: this is position 3. */
    const expectedPosition = waitlist(meetingId).length + 1;
    await meeting.register({ "Atelier choisi": ATELIER });
    await expect(meeting.status()).toContainText(`Vous êtes sur la liste d'attente, en position ${expectedPosition}.`);
    expect(liveRegistrations(meetingId, member.id)).toMatchObject([
      { status: "waitlisted", waitlistPosition: expectedPosition, answers: { regime: "Sans porc", atelier: ATELIER } },
    ]);
    await expect(meeting.cancelButton).toHaveText("Quitter la liste d'attente");
  });

  test("une annulation confirmée libère une place pour la première personne en attente, prévenue par e-mail", async ({ page, newBrowserPage }) => {
    test.setTimeout(120_000);
    const meetingId = meetingBySlug(FULL).id;
    /* membre12 is confirmed on the full meeting in the demo data; no other test uses this account. */
    const leaving = seededAccount("membre12@example.org");
    const [first, second] = waitlist(meetingId);
    expect(first?.position).toBe(1);
    expect(second?.position).toBe(2);
    const cancelledAt = new Date();

    await signIn(page, leaving.email);
    const meeting = new MeetingPage(page, FULL);
    await meeting.goto();
    await expect(meeting.status()).toContainText("Vous êtes inscrit(e) à cette rencontre.");
    await meeting.cancel();
    expect(liveRegistrations(meetingId, leaving.id)).toHaveLength(0);
    await expect(meeting.outcome()).toContainText("Votre place a été attribuée à la première personne de la liste d'attente.");
    await waitForEmail(leaving.email, { subject: /^Inscription annulée/, since: cancelledAt });
    /* The seat went to the waitlist at once: the meeting is still full. */
    await expect(meeting.seats).toHaveText("Complet (12 places)");
    await expect(meeting.registerForm.getByRole("button")).toHaveText("M'inscrire sur la liste d'attente");

    expect(liveRegistrations(meetingId, first!.userId)).toMatchObject([{ status: "confirmed", waitlistPosition: null }]);
    const email = await waitForEmail(first!.email, { subject: /^Une place s'est libérée/, since: cancelledAt });
    expect(email.text).toContain("votre inscription est confirmée");
    expect(email.url).toMatch(new RegExp(`/rencontres/${FULL}$`));

    const promoted = new MeetingPage(await newBrowserPage(), FULL);
    await signIn(promoted.page, first!.email);
    await promoted.goto();
    await expect(promoted.status()).toContainText("Vous êtes inscrit(e) à cette rencontre.");

    const next = new MeetingPage(await newBrowserPage(), FULL);
    await signIn(next.page, second!.email);
    await next.goto();
    await expect(next.status()).toContainText("Vous êtes sur la liste d'attente, en position 1.");
    expect(readLatestEmail(second!.email, { subject: /^Une place s'est libérée/, since: cancelledAt })).toBeUndefined();
  });

  test("sans JavaScript, annuler passe par une page de confirmation", async ({ browser }) => {
    test.setTimeout(120_000);
    const member = await createAccount("member", "sans-js");
    /* Not audited: axe runs in the page, which has no scripts here; the same pages are audited with scripts elsewhere. */
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, member.email, member.password);
    const meeting = new MeetingPage(page, OPEN);
    await meeting.goto();
    await meeting.registerForm.getByRole("button", { name: "M'inscrire" }).click();
    await expect(meeting.status()).toContainText("Vous êtes inscrit(e) à cette rencontre.");

    await meeting.registration.getByRole("link", { name: "Annuler mon inscription" }).click();
    await expect(page).toHaveURL(new RegExp(`/rencontres/${OPEN}/annuler$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annuler votre inscription ?");
    expect(liveRegistrations(meetingBySlug(OPEN).id, member.id)).toHaveLength(1);
    await page.getByRole("button", { name: "Oui, annuler mon inscription" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Votre inscription est annulée. Un e-mail vous le confirme.");
    expect(liveRegistrations(meetingBySlug(OPEN).id, member.id)).toHaveLength(0);
    await page.getByRole("link", { name: "Retour à la rencontre" }).click();
    await expect(meeting.registerForm).toBeVisible();
    await context.close();
  });

  test("quitter la liste d'attente se confirme dans une boîte de dialogue, qu'on peut refermer", async ({ page }) => {
    const member = await createAccount("member", "quitte-attente");
    await signIn(page, member.email, member.password);
    const meeting = new MeetingPage(page, FULL);
    await meeting.goto();
    await meeting.register({ "Atelier choisi": ATELIER });
    await expect(meeting.cancelButton).toHaveText("Quitter la liste d'attente");

    await meeting.cancelButton.click();
    const dialog = page.getByRole("dialog", { name: "Quitter la liste d'attente ?" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect(liveRegistrations(meetingBySlug(FULL).id, member.id)).toHaveLength(1);

    await meeting.cancel();
    await expect(meeting.outcome()).toHaveText("Vous avez quitté la liste d'attente. Un e-mail vous le confirme.");
    expect(liveRegistrations(meetingBySlug(FULL).id, member.id)).toHaveLength(0);
    await waitForEmail(member.email, { subject: /^Liste d'attente quittée/ });
  });

  test("un compte en attente de validation ne peut pas s'inscrire à une rencontre réservée aux membres", async ({ page }) => {
    await signIn(page, "attente@example.org");
    const meeting = new MeetingPage(page, "atelier-reserve-aux-membres");
    await meeting.goto();
    await expect(meeting.registration).toContainText("Cette rencontre est réservée aux membres du réseau validés par l'IREV.");
    await expect(meeting.registerForm).toHaveCount(0);
  });

  test("une rencontre sur validation met la demande en attente de validation", async ({ page }) => {
    const member = await createAccount("member", "validation");
    await signIn(page, member.email, member.password);
    const meeting = new MeetingPage(page, "cycle-qualification-sur-validation");
    await meeting.goto();
    await expect(meeting.registration).toContainText("Les demandes sont validées par l'équipe de l'IREV");
    const seatsBefore = await meeting.seatsLeft();

    await meeting.register({ "Vos motivations pour suivre ce cycle": "Structurer notre plan de prévention des discriminations." });
    await expect(meeting.status()).toContainText("Votre demande d'inscription est en attente de validation par l'équipe de l'IREV.");
    await expect.poll(() => meeting.seatsLeft()).toBe(seatsBefore);
    expect(liveRegistrations(meetingBySlug(meeting.slug).id, member.id)).toMatchObject([{ status: "pending_approval" }]);
  });

  test("inscriptions closes, rencontre passée : pas de formulaire, une explication", async ({ page }) => {
    await signIn(page, "membre@example.org");
    const closed = new MeetingPage(page, "visite-inscriptions-closes");
    await closed.goto();
    await expect(closed.registration).toContainText(/Les inscriptions sont closes depuis le \w+ \d+/);
    await expect(closed.registerForm).toHaveCount(0);

    const past = new MeetingPage(page, "reseau-chefs-de-projet-noyon-11-mai-2017");
    await past.goto();
    await expect(past.registration).toContainText("Cette rencontre a eu lieu : les inscriptions sont closes.");
    await expect(past.registerForm).toHaveCount(0);
  });

  test("sur téléphone, un lien en haut de la page mène au formulaire d'inscription", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, "membre@example.org");
    const meeting = new MeetingPage(page, FULL);
    await meeting.goto();
    const jump = page.getByRole("main").getByRole("link", { name: "Aller à l'inscription" });
    await expect(jump).toBeInViewport();
    await expect(meeting.registerForm).not.toBeInViewport();
    await jump.click();
    await expect(page).toHaveURL(/#inscription$/);
    await expect(meeting.registration.getByRole("heading", { name: "Inscription" })).toBeInViewport();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(jump).toBeHidden();
  });

  test("un visiteur est invité à se connecter, puis revient à la rencontre", async ({ page }) => {
    const meeting = new MeetingPage(page, OPEN);
    await meeting.goto();
    await expect(meeting.registerForm).toHaveCount(0);
    await meeting.registration.getByRole("link", { name: "Se connecter pour s'inscrire" }).click();
    await page.waitForURL("**/connexion?retour=**");

    await new SignInPage(page).signInWithPassword("membre@example.org");
    await page.waitForURL(`**/rencontres/${OPEN}`);
    await expect(meeting.registerForm.getByRole("button", { name: "M'inscrire" })).toBeVisible();
  });
});
