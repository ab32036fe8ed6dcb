import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { test, expect } from "./support/fixtures";
import { createAccount, findAccount, firstUrl, readLatestEmail, waitForEmail } from "./support/data";
import { OutboxPage, SignInPage, SignUpPage, expectLinkSentPage, labelled, signIn } from "./support/pages";

/* Security of accounts: password guessing, what the site tells about who has an account, one-time links, sessions. */

test.describe("Essais de mot de passe", () => {
  test("50 essais simultanés sur une adresse, le bon mot de passe en dernier : dix seulement sont vérifiés et le bon est refusé", async ({ request }) => {
    const target = await createAccount("member", "devinette");
    const csrf = ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const attempt = (password: string) =>
      request.post("/api/auth/callback/credentials", {
        form: { email: target.email, password, csrfToken: csrf, callbackUrl: "/mon-espace" },
        maxRedirects: 0,
      });
    /* All at once: without an atomic reservation, every one of them would be checked. */
    const wrong = await Promise.all(Array.from({ length: 49 }, (_, i) => attempt(`mauvais-${i}`)));
    /* Last: on a server that has just started, a right password sent a little later could still be among the first
       ten to arrive, and would rightly be checked. */
    const right = await attempt(target.password);
    const outcomes = wrong.map((response) => new URL(response.headers().location ?? "", "http://x").searchParams.get("code"));

    expect(outcomes.filter((code) => code === "credentials")).toHaveLength(10);
    expect(outcomes.filter((code) => code === "too_many_attempts")).toHaveLength(39);
    expect(right.headers().location).toContain("code=too_many_attempts");
    expect(right.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token=ey");
  });

  test("après dix échecs, le formulaire le dit en français", async ({ page }) => {
    const target = await createAccount("member", "bloque");
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    for (let i = 0; i < 10; i++) {
      await signInPage.signInWithPassword(target.email, `mauvais-${i}`);
      await expect(signInPage.alert).toHaveText("Adresse e-mail ou mot de passe incorrect.");
      await expect(page.locator(":focus")).toContainText("Adresse e-mail ou mot de passe incorrect.");
    }
    await signInPage.signInWithPassword(target.email, target.password);
    await expect(signInPage.alert).toContainText("Trop de tentatives pour cette adresse");
  });
});

test.describe("Même réponse pour une adresse connue ou inconnue", () => {
  test("un lien de connexion demandé pour une adresse inconnue mène à la même page, sans e-mail", async ({ page }) => {
    const unknown = `e2e-inconnue-${randomUUID().slice(0, 8)}@example.org`;
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.requestLink(unknown);
    expect(readLatestEmail(unknown)).toBeUndefined();
  });

  test("s'inscrire avec une adresse qui a déjà un compte : même page, et le titulaire est prévenu par e-mail", async ({ page }) => {
    const owner = await createAccount("member", "titulaire");
    const since = new Date();
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.submit({
      Prénom: "Quelqu'un",
      Nom: "D'autre",
      "Adresse e-mail professionnelle": owner.email,
      "Mot de passe": "un-autre-mot-de-passe",
      "Confirmation du mot de passe": "un-autre-mot-de-passe",
    });
    await expectLinkSentPage(page);
    const notice = await waitForEmail(owner.email, { subject: /^Tentative de création de compte avec votre adresse/, since });
    expect(notice.text).toContain("choisissez un nouveau mot de passe");
    expect(findAccount(owner.email)?.name).toBe(owner.name);
  });
});

test.describe("Adresse publique", () => {
  test("les liens envoyés ne suivent pas un en-tête Host ou X-Forwarded-Host forgé", async ({ request, baseURL }) => {
    const member = await createAccount("member", "hote");
    const forged = { "X-Forwarded-Host": "pirate.example", "X-Forwarded-Proto": "https" };
    const csrf = ((await (await request.get("/api/auth/csrf", { headers: forged })).json()) as { csrfToken: string }).csrfToken;
    const since = new Date();
    const response = await request.post("/api/auth/signin/lien", {
      headers: forged,
      form: { email: member.email, csrfToken: csrf, callbackUrl: "/mon-espace" },
      maxRedirects: 0,
    });
    expect(response.headers().location).toBe(`${baseURL}/api/auth/verify-request?provider=lien&type=email`);
    const email = await waitForEmail(member.email, { subject: /Votre lien de connexion/, since });
    expect(email.url?.startsWith(`${baseURL}/api/auth/callback/lien?`)).toBe(true);
    expect(email.url).not.toContain("pirate.example");
  });
});

test.describe("Liens à usage unique dans la boîte d'envoi", () => {
  test.slow();

  test("l'équipe voit « [lien masqué] », l'administrateur le lien, cliquable", async ({ page, newBrowserPage }) => {
    const member = await createAccount("member", "masque");
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.requestLink(member.email);

    const staff = await newBrowserPage();
    await signIn(staff, "equipe@example.org");
    const staffOutbox = new OutboxPage(staff);
    await staffOutbox.goto();
    const hidden = await staffOutbox.read(member.email, /Votre lien de connexion/);
    expect(hidden).toContain("[lien masqué]");
    expect(firstUrl(hidden)).toBeNull();

    const admin = await newBrowserPage();
    await signIn(admin, "admin@example.org");
    const adminOutbox = new OutboxPage(admin);
    await adminOutbox.goto();
    await adminOutbox.read(member.email, /Votre lien de connexion/);
    const link = admin.locator("details[open] pre").getByRole("link", { name: /\/api\/auth\/callback\/lien/ }).first();
    await link.click();
    await admin.waitForURL((url) => url.pathname === "/mon-espace");
    await expect(admin.getByRole("main")).toContainText(`${member.name} · ${member.email}`);
  });

  test("la ligne de commande donne un lien de connexion frais", async ({ page, baseURL }) => {
    const member = await createAccount("member", "cli");
    const { stdout } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", "signin-link", member.email], {
      env: { ...process.env, SITE_URL: baseURL },
    });
    const link = firstUrl(stdout);
    expect(link?.startsWith(`${baseURL}/api/auth/callback/lien?`)).toBe(true);
    await page.goto(link!);
    await page.waitForURL((url) => url.pathname === "/mon-espace");
    await expect(page.getByRole("main")).toContainText(`${member.name} · ${member.email}`);
  });
});

test.describe("Mot de passe", () => {
  /* Several sessions, each signing in with argon2: slower than one page. */
  test.slow();

  test("mot de passe oublié : lien d'une heure, nouveau mot de passe, les autres sessions sont fermées", async ({ page, newBrowserPage }) => {
    const member = await createAccount("member", "oubli");
    const elsewhere = await newBrowserPage();
    await signIn(elsewhere, member.email, member.password);

    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mot de passe oublié");
    const since = new Date();
    const form = page.getByRole("form", { name: "Recevoir un lien pour choisir un nouveau mot de passe" });
    await labelled(form, "Adresse e-mail").fill(member.email);
    await form.getByRole("button", { name: "Recevoir un lien" }).click();
    const status = form.getByRole("status");
    await expect(status).toContainText("Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé");
    await expect(page.locator(":focus")).toContainText("Si un compte correspond à cette adresse");

    /* The same answer for an address without an account. */
    await labelled(form, "Adresse e-mail").fill(`e2e-personne-${randomUUID().slice(0, 8)}@example.org`);
    await form.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(form.getByRole("status")).toContainText("Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé");

    const email = await waitForEmail(member.email, { subject: /^Choisir un nouveau mot de passe/, since });
    expect(email.text).toContain("valable une heure");
    await page.goto(email.url!);
    const newPassword = `nouveau-${randomUUID().slice(0, 8)}`;
    const resetForm = page.getByRole("form", { name: "Choisir un nouveau mot de passe" });
    await labelled(resetForm, "Nouveau mot de passe").fill(newPassword);
    await labelled(resetForm, "Confirmation du nouveau mot de passe").fill(newPassword);
    await resetForm.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
    const done = page.getByRole("main").getByRole("status");
    await expect(done).toContainText("Votre mot de passe est changé");
    await expect(page.locator(":focus")).toContainText("Votre mot de passe est changé");

    /* The link works once; the session opened before is over; the new password opens a new one. */
    await page.goto(email.url!);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Ce lien a expiré ou a déjà été utilisé.");
    await elsewhere.goto("/mon-espace");
    await elsewhere.waitForURL("**/connexion?retour=%2Fmon-espace");
    await signIn(page, member.email, newPassword);
  });

  test("changer son mot de passe dans Mon espace : l'actuel est demandé, les autres sessions sont fermées", async ({ page, newBrowserPage }) => {
    const member = await createAccount("member", "change");
    const elsewhere = await newBrowserPage();
    await signIn(elsewhere, member.email, member.password);
    await signIn(page, member.email, member.password);

    const form = page.getByRole("form", { name: "Changer mon mot de passe" });
    const newPassword = `change-${randomUUID().slice(0, 8)}`;
    await labelled(form, "Mot de passe actuel").fill("pas-le-bon-mot-de-passe");
    await labelled(form, "Nouveau mot de passe").fill(newPassword);
    await labelled(form, "Confirmation du nouveau mot de passe").fill(newPassword);
    await form.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect(page.locator(":focus")).toContainText("Le formulaire contient des erreurs");
    await expect(labelled(form, "Mot de passe actuel")).toHaveAccessibleDescription("Ce n'est pas votre mot de passe actuel.");

    await labelled(form, "Mot de passe actuel").fill(member.password);
    await labelled(form, "Nouveau mot de passe").fill(newPassword);
    await labelled(form, "Confirmation du nouveau mot de passe").fill(newPassword);
    await form.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await page.waitForURL((url) => url.pathname === "/mon-espace" && url.searchParams.get("mot-de-passe") === "change");
    await expect(form.getByRole("status")).toHaveText("Votre mot de passe est changé. Vos autres sessions ouvertes ont été fermées.");
    await expect(page.locator(":focus")).toContainText("Votre mot de passe est changé.");

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon espace");
    await elsewhere.goto("/mon-espace");
    await elsewhere.waitForURL("**/connexion?retour=%2Fmon-espace");
  });
});

test.describe("Jetons d'API", () => {
  test("un compte en attente ne peut pas créer de jeton", async ({ page }) => {
    const pending = await createAccount("pending", "sans-jeton");
    await signIn(page, pending.email, pending.password);
    const tokens = page.getByRole("region", { name: "Jetons d'API" });
    await expect(tokens).toContainText("Les jetons d'API sont réservés aux membres");
    await expect(tokens.getByRole("button", { name: "Créer un jeton" })).toHaveCount(0);
  });
});
