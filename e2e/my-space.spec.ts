import { test, expect } from "./support/fixtures";
import { createAccount, findAccount, liveRegistrations, meetingBySlug, testDb, waitForEmail, type Account } from "./support/data";
import { eventForMeeting, icsEvents, icsText, icsValue } from "./support/ics";
import { MeetingPage, MySpacePage, labelled, signIn } from "./support/pages";
import { register } from "@/lib/registrations/service";

/* Mon espace: my registrations, my profile, my calendar feed and my API tokens. */

const OPEN = { slug: "rencontre-reseau-places-disponibles", title: "Réseau des chefs de projet politique de la ville – Amiens (80)" };
const ON_APPROVAL = {
  slug: "cycle-qualification-sur-validation",
  title: "Cycle de qualification « Égalité, citoyenneté, prévention des discriminations » – session 1",
};

/** Registers the account straight in the database, as if done earlier. */
function registerBeforehand(account: Account, slug: string, answers: Record<string, string> = {}) {
  return register(testDb(), { meetingId: meetingBySlug(slug).id, userId: account.id, answers }).registration;
}

test.describe("Mon espace", () => {
  test("liste mes inscriptions à venir avec leur statut, et permet d'annuler", async ({ page }) => {
    const member = await createAccount("member", "espace");
    registerBeforehand(member, OPEN.slug);
    registerBeforehand(member, ON_APPROVAL.slug, { motivation: "Monter un plan de prévention des discriminations." });
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);

    const open = mySpace.registration(OPEN.title);
    await expect(open).toContainText("Inscription confirmée");
    await expect(open).toContainText(/jeudi (1er|\d+) \S+ \d{4}, 9 h 30 – 12 h 30 · Amiens/);
    await expect(mySpace.registration(ON_APPROVAL.title)).toContainText("En attente de validation");

    await open.getByRole("button", { name: "Annuler mon inscription" }).click();
    const dialog = page.getByRole("dialog", { name: "Annuler votre inscription ?" });
    await expect(dialog).toContainText(OPEN.title);
    await dialog.getByRole("button", { name: "Non, ne rien changer" }).click();
    await expect(dialog).toBeHidden();
    expect(liveRegistrations(meetingBySlug(OPEN.slug).id, member.id)).toHaveLength(1);

    await open.getByRole("button", { name: "Annuler mon inscription" }).click();
    await dialog.getByRole("button", { name: "Oui, annuler mon inscription" }).click();
    await expect(open).toHaveCount(0);
    const outcome = mySpace.registrations.getByRole("status");
    await expect(outcome).toHaveText("Votre inscription est annulée. Un e-mail vous le confirme.");
    await expect(page.locator(":focus")).toContainText("Votre inscription est annulée.");
    await waitForEmail(member.email, { subject: /^Inscription annulée/ });
    await expect(mySpace.registration(ON_APPROVAL.title)).toBeVisible();
    expect(liveRegistrations(meetingBySlug(OPEN.slug).id, member.id)).toHaveLength(0);

    await mySpace.goto();
    await expect(mySpace.registration(OPEN.title)).toHaveCount(0);
  });

  test("le profil change de structure : une commune de la liste, puis « Autre structure » avec son nom", async ({ page }) => {
    const member = await createAccount("member", "structure");
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);
    const otherName = "Nom de votre structure, si vous avez choisi «\u00a0Autre structure\u00a0»";

    await mySpace.saveProfile({ Structure: "Dreuil-lès-Amiens (80)" });
    await expect(mySpace.profileForm.getByRole("status")).toHaveText("Votre profil est enregistré.");
    await mySpace.goto();
    await expect(labelled(mySpace.profileForm, "Structure")).toHaveValue("Dreuil-lès-Amiens (80)");

    await mySpace.saveProfile({ Structure: "Autre structure", [otherName]: "" });
    await expect(labelled(mySpace.profileForm, otherName)).toHaveAccessibleDescription("Saisissez le nom de votre structure.");
    await mySpace.saveProfile({ [otherName]: "Centre social des Aulnes" });
    await expect(mySpace.profileForm.getByRole("status")).toHaveText("Votre profil est enregistré.");
    await mySpace.goto();
    await expect(labelled(mySpace.profileForm, "Structure")).toHaveValue("Autre structure");
    await expect(labelled(mySpace.profileForm, otherName)).toHaveValue("Centre social des Aulnes");
  });

  test("corriger la séparation du prénom et du nom : le profil, l'en-tête et la clé de tri suivent", async ({ page }) => {
    /* Three saves of the form, each audited, and a sign-in with argon2. */
    test.slow();
    const member = await createAccount("member", "nom");
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);
    const form = mySpace.profileForm;
    const givenName = labelled(form, "Prénom");
    const familyName = labelled(form, "Nom");
    await expect(givenName).toHaveValue("Camille");
    await expect(givenName).toHaveAttribute("autocomplete", "given-name");
    const suffix = member.email.split("-").at(-1)!.split("@")[0]!;

    await mySpace.saveProfile({ Prénom: " " });
    await expect(form.getByRole("alert")).toHaveText("Le formulaire contient des erreurs : corrigez les champs signalés.");
    await expect(givenName).toHaveAttribute("aria-invalid", "true");
    await expect(givenName).toHaveAccessibleDescription("Saisissez votre prénom.");

    const corrected = { givenName: "Camille Anne", familyName: `Le Gall ${suffix}` };
    await mySpace.saveProfile({ Prénom: corrected.givenName, Nom: corrected.familyName });
    await expect(form.getByRole("status")).toHaveText("Votre profil est enregistré.");
    expect(findAccount(member.email)).toMatchObject({ ...corrected, name: `Camille Anne Le Gall ${suffix}`, sortName: `le gall ${suffix} camille anne` });

    await mySpace.goto();
    await expect(page.getByRole("banner")).toContainText(`Connecté(e) : Camille Anne Le Gall ${suffix}`);
    await expect(page.getByRole("main")).toContainText(`Camille Anne Le Gall ${suffix} · ${member.email}`);
    await expect(givenName).toHaveValue(corrected.givenName);
    await expect(familyName).toHaveValue(corrected.familyName);
  });

  test("chaque inscription a son code, avec un code QR, dans mon espace et sur la page de la rencontre", async ({ page, newBrowserPage }) => {
    test.slow();
    const member = await createAccount("member", "code");
    const { code } = registerBeforehand(member, OPEN.slug);
    expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);
    await mySpace.goto();
    const card = mySpace.registration(OPEN.title);
    await expect(card).toContainText(`Code d'inscription\u00a0: ${code}`);
    await expect(card.getByRole("img", { name: `Code QR de l'inscription ${code}` })).toBeVisible();

    const meeting = new MeetingPage(page, OPEN.slug);
    await meeting.goto();
    await expect(meeting.status()).toContainText(`Code d'inscription\u00a0: ${code}`);
    await expect(meeting.status().getByRole("img", { name: `Code QR de l'inscription ${code}` })).toBeVisible();

    /* The page others see, cached by view, never carries it. */
    const visitor = await newBrowserPage();
    const seenByVisitor = new MeetingPage(visitor, OPEN.slug);
    await seenByVisitor.goto();
    await expect(seenByVisitor.registration).toContainText("Se connecter pour s'inscrire");
    await expect(visitor.getByRole("main")).not.toContainText(code!);
  });

  test("le profil refuse un téléphone invalide sur le champ, puis s'enregistre", async ({ page }) => {
    const member = await createAccount("member", "profil");
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);
    const form = mySpace.profileForm;

    await mySpace.saveProfile({ Fonction: "Cheffe de projet politique de la ville", Téléphone: "appelez-moi" });
    await expect(form.getByRole("alert")).toHaveText("Le formulaire contient des erreurs : corrigez les champs signalés.");
    /* Focus on the error summary, whose links lead to the fields. */
    const focused = page.locator(":focus");
    await expect(focused).toContainText("Le formulaire contient des erreurs");
    const phone = labelled(form, "Téléphone");
    await focused.getByRole("link").filter({ hasText: "Saisissez un numéro de téléphone valide" }).click();
    await expect(phone).toBeFocused();
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    await expect(phone).toHaveAccessibleDescription("Saisissez un numéro de téléphone valide, par exemple 03 20 00 00 00.");
    await expect(phone).toHaveValue("appelez-moi");
    await expect(labelled(form, "Fonction")).toHaveValue("Cheffe de projet politique de la ville");

    await mySpace.saveProfile({ Téléphone: "03 20 12 34 56" });
    await expect(form.getByRole("status")).toHaveText("Votre profil est enregistré.");
    await expect(page.locator(":focus")).toHaveText("Votre profil est enregistré.");
    await expect(phone).not.toHaveAttribute("aria-invalid", "true");

    await mySpace.goto();
    await expect(labelled(mySpace.profileForm, "Téléphone")).toHaveValue("03 20 12 34 56");
    await expect(labelled(mySpace.profileForm, "Fonction")).toHaveValue("Cheffe de projet politique de la ville");
  });

  test("l'adresse de mon agenda donne mes inscriptions en iCalendar, et peut être remplacée", async ({ page, request }) => {
    const member = await createAccount("member", "agenda");
    registerBeforehand(member, OPEN.slug);
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);

    const oldUrl = await mySpace.calendarUrl.inputValue();
    expect(oldUrl).toMatch(/\/mon-espace\/calendrier\.ics\?token=\w+$/);
    const feed = await request.get(oldUrl);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    const events = icsEvents(await feed.text());
    expect(events).toHaveLength(1);
    expect(icsText(icsValue(eventForMeeting(events, OPEN.slug)!, "SUMMARY")!)).toBe(OPEN.title);

    await mySpace.regenerateCalendarUrl();
    const newUrl = await mySpace.calendarUrl.inputValue();
    expect((await request.get(oldUrl)).status()).toBe(404);
    const renewed = await request.get(newUrl);
    expect(renewed.status()).toBe(200);
    expect(await renewed.text()).toContain("BEGIN:VEVENT");
  });

  test("un jeton d'API n'est montré qu'une fois, fonctionne, puis ne fonctionne plus une fois révoqué", async ({ page, request }) => {
    const member = await createAccount("member", "jeton");
    registerBeforehand(member, OPEN.slug);
    await signIn(page, member.email, member.password);
    const mySpace = new MySpacePage(page);

    const token = await mySpace.createToken("Tableau de bord de l'agglomération");
    await expect(mySpace.tokensSection.getByLabel("Votre nouveau jeton")).not.toBeEditable();
    await expect(mySpace.tokensSection.getByRole("status")).toContainText("Copiez-le maintenant : il ne sera plus affiché.");

    const asTokenOwner = { headers: { Authorization: `Bearer ${token}` } };
    const response = await request.get("/api/v1/me/registrations", asTokenOwner);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const body = (await response.json()) as { registrations: { event: { slug: string }; status: string }[] };
    expect(body.registrations).toEqual([expect.objectContaining({ event: expect.objectContaining({ slug: OPEN.slug }), status: "confirmed" })]);

    await mySpace.goto();
    await expect(mySpace.tokensSection.getByLabel("Votre nouveau jeton")).toHaveCount(0);
    await expect(mySpace.tokensSection).not.toContainText(token);
    await expect(mySpace.tokensSection).toContainText("Tableau de bord de l'agglomération");

    await mySpace.revokeToken("Tableau de bord de l'agglomération");
    await expect(mySpace.tokensSection).toContainText("Aucun jeton actif.");
    const refused = await request.get("/api/v1/me/registrations", asTokenOwner);
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "unauthenticated", message: "Jeton d'accès invalide ou révoqué." } });
  });
});
