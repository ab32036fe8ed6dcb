import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { PEOPLE } from "@/db/seed/content/people";
import { formalName, sortName } from "@/lib/people/names";
import { createAccount, findAccount, firstUrl, userRole, waitForEmail } from "./support/data";
import { AdminMembersPage, MeetingPage, OutboxPage, SignInPage, SignUpPage, expectLinkSentPage, labelled, pathOf, signIn, signOut } from "./support/pages";

/* Accounts: sign-up with e-mail verification, approval by the IREV team, sign-in by password or link, roles. */

test.describe("Création de compte et validation", () => {
  test("inscription, confirmation de l'adresse par e-mail, puis validation par l'équipe", async ({ page, newBrowserPage }) => {
    /* Two browsers, three password hashes, two e-mails awaited and the members list audited: a long walk. */
    test.slow();
    const suffix = randomUUID().slice(0, 8);
    const newcomer = { givenName: "Dominique", familyName: `Nouvelle ${suffix}`, name: `Dominique Nouvelle ${suffix}`, email: `e2e-nouveau-${suffix}@example.org`, password: `un-mot-de-passe-${suffix}` };
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.submit({
      Prénom: newcomer.givenName,
      "Adresse e-mail professionnelle": newcomer.email,
      "Mot de passe": newcomer.password,
      "Confirmation du mot de passe": `autre-${newcomer.password}`,
      Structure: "Communauté d'agglomération du Beauvaisis",
      Fonction: "Chargée de mission contrat de ville",
    });

    const form = signUp.form;
    await expect(form.getByRole("alert")).toHaveText("Le formulaire contient des erreurs : corrigez les champs signalés.");
    const confirmation = form.getByLabel("Confirmation du mot de passe");
    await expect(confirmation).toHaveAttribute("aria-invalid", "true");
    await expect(confirmation).toHaveAccessibleDescription("Les deux mots de passe ne sont pas identiques.");
    await expect(labelled(form, "Prénom")).toHaveValue(newcomer.givenName);
    const familyName = labelled(form, "Nom");
    await expect(familyName).toHaveAttribute("autocomplete", "family-name");
    await expect(familyName).toHaveAccessibleDescription("Saisissez votre nom.");
    await expect(form.getByLabel("Adresse e-mail professionnelle")).toHaveValue(newcomer.email);
    await expect(form.getByLabel("Fonction")).toHaveValue("Chargée de mission contrat de ville");
    await expect(labelled(form, "Structure")).toHaveValue("Communauté d'agglomération du Beauvaisis");
    await expect(form.getByRole("checkbox", { name: /J'accepte que l'IREV conserve ces informations/ })).toBeChecked();
    await expect(labelled(form, "Mot de passe")).toHaveValue("");
    await expect(confirmation).toHaveValue("");
    expect(findAccount(newcomer.email)).toBeUndefined();

    const signedUpAt = new Date();
    await signUp.submit({ Nom: newcomer.familyName, "Mot de passe": newcomer.password, "Confirmation du mot de passe": newcomer.password });
    await expectLinkSentPage(page);
    expect(findAccount(newcomer.email)).toMatchObject({ name: newcomer.name, givenName: newcomer.givenName, familyName: newcomer.familyName });

    const verification = await waitForEmail(newcomer.email, { subject: /^Confirmez votre adresse e-mail/, since: signedUpAt });
    expect(verification.text).toContain(`Bonjour ${newcomer.givenName},`);
    await page.goto(verification.url!);
    await page.waitForURL((url) => url.pathname === "/mon-espace" && url.searchParams.get("bienvenue") === "1");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Votre adresse e-mail est confirmée. Bienvenue sur le réseau de l'IREV !");
    await expect(page.getByRole("main")).toContainText("Votre compte est en attente de validation par l'équipe de l'IREV.");
    const account = findAccount(newcomer.email)!;
    expect(account.role).toBe("pending");

    const membersOnly = new MeetingPage(page, "atelier-reserve-aux-membres");
    await membersOnly.goto();
    await expect(membersOnly.registration).toContainText("réservée aux membres");

    const staff = await newBrowserPage();
    await signIn(staff, "equipe@example.org");
    const admin = new AdminMembersPage(staff);
    await admin.goto();
    await expect(admin.pendingAccount(newcomer.email)).toContainText(/adresse (e-mail )?confirmée/);
    const approvedAt = new Date();
    await admin.approve({ email: newcomer.email, name: newcomer.name });
    expect(userRole(account.id)).toBe("member");
    const approval = await waitForEmail(newcomer.email, { subject: /^Votre compte membre est validé – IREV$/, since: approvedAt });
    expect(approval.url).toMatch(/\/mon-espace$/);

    await membersOnly.goto();
    await expect(membersOnly.registerForm.getByRole("button", { name: "M'inscrire" })).toBeVisible();
  });
});

test.describe("Connexion", () => {
  test("un mauvais mot de passe est refusé en français, l'adresse saisie est gardée", async ({ page }) => {
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.signInWithPassword("membre@example.org", "pas-le-bon-mot-de-passe");
    await expect(signInPage.alert).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await expect(signInPage.passwordForm.getByLabel("Adresse e-mail")).toHaveValue("membre@example.org");
    await expect(signInPage.passwordForm.getByLabel("Mot de passe")).toHaveValue("");
    expect(pathOf(page)).toBe("/connexion");
  });

  test("connexion par un lien reçu par e-mail, lu dans la boîte d'envoi par un administrateur", async ({ page, newBrowserPage }) => {
    /* The e-mail is read on its own page, one navigation after the outbox list. */
    test.slow();
    const member = await createAccount("member", "lien");
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.requestLink(member.email);

    const admin = await newBrowserPage();
    await signIn(admin, "admin@example.org");
    const outbox = new OutboxPage(admin);
    await outbox.goto();
    const text = await outbox.read(member.email, /^Votre lien de connexion – IREV$/);
    const link = firstUrl(text);
    expect(link).toContain("/api/auth/callback/lien");

    await page.goto(link!);
    await page.waitForURL((url) => url.pathname === "/mon-espace");
    await expect(page.getByRole("main")).toContainText(`${member.name} · ${member.email}`);

    /* A link works once. */
    await signOut(page);
    await page.goto(link!);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Ce lien de connexion a expiré ou a déjà été utilisé. Demandez-en un nouveau.");
  });

  test("se déconnecter ferme l'accès à Mon espace", async ({ page }) => {
    await signIn(page, "membre@example.org");
    await expect(page.getByRole("banner")).toContainText("Connecté(e) : Marie Membre");
    await signOut(page);
    await page.goto("/mon-espace");
    await page.waitForURL("**/connexion?retour=%2Fmon-espace");
  });

  test("Mon espace et l'administration renvoient les visiteurs vers la connexion", async ({ page }) => {
    await page.goto("/mon-espace");
    expect(pathOf(page)).toBe("/connexion?retour=%2Fmon-espace");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");

    await page.goto("/admin/membres");
    expect(pathOf(page)).toBe("/connexion?retour=%2Fadmin%2Fmembres");

    await new SignInPage(page).signInWithPassword("equipe@example.org");
    await page.waitForURL("**/admin/membres");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Membres");
  });

  test("un membre qui ouvre l'administration voit « Accès refusé »", async ({ page }) => {
    await signIn(page, "membre@example.org");
    await page.goto("/admin");
    await page.waitForURL("**/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});

test.describe("Rôles", () => {
  /* /admin/membres lists every account, and the suite has made a few hundred by now: each axe scan of it takes seconds. */
  test.slow();

  test("un administrateur fait d'un membre un membre de l'équipe", async ({ page, newBrowserPage }) => {
    const member = await createAccount("member", "role");
    await signIn(page, "admin@example.org");
    const admin = new AdminMembersPage(page);
    await admin.goto();
    await admin.changeRole(member, "Équipe IREV");
    expect(userRole(member.id)).toBe("staff");

    const promoted = await newBrowserPage();
    await signIn(promoted, member.email, member.password);
    await promoted.goto("/admin");
    await expect(promoted.getByRole("heading", { level: 1 })).toHaveText("Administration");
  });

  test("la liste des comptes suit les noms de famille, accents ignorés, écrits « DUPONT Jean »", async ({ page }) => {
    await signIn(page, "equipe@example.org");
    const admin = new AdminMembersPage(page);
    await admin.goto();
    const validated = Object.values(PEOPLE).filter((person) => person.role !== "pending");
    const expected = [...validated].sort((a, b) => (sortName(a) < sortName(b) ? -1 : 1)).map(formalName);
    const headers = await page.getByRole("table").getByRole("rowheader").allTextContents();
    expect(headers.filter((header) => expected.includes(header))).toEqual(expected);
    /* "Équipe" among the E, "Le Vasseur" between Lambert and Lefebvre. */
    expect(expected.slice(expected.indexOf("DUPONT Claire"), expected.indexOf("DUPONT Claire") + 3)).toEqual(["DUPONT Claire", "ÉQUIPE Étienne", "FONTAINE-DELCOURT Léa"]);
    expect(expected.slice(expected.indexOf("LAMBERT Antoine"), expected.indexOf("LAMBERT Antoine") + 3)).toEqual(["LAMBERT Antoine", "LE VASSEUR Marie-Émilie", "LEFEBVRE Camille"]);
  });

  test("l'équipe valide les comptes mais ne change pas les rôles", async ({ page }) => {
    const member = await createAccount("member", "sans-role");
    await signIn(page, "equipe@example.org");
    const admin = new AdminMembersPage(page);
    await admin.goto();
    const row = admin.row(member);
    await expect(row.getByRole("cell").last()).toHaveText("Membre");
    await expect(row.getByRole("combobox")).toHaveCount(0);
  });
});
