import ExcelJS from "exceljs";
import { test, expect } from "./support/fixtures";
import { randomUUID } from "node:crypto";
import { formalName } from "@/lib/people/names";
import { createAccount, DEMO_PASSWORD, liveRegistrations, waitForEmail, waitlist } from "./support/data";
import { labelled, MeetingPage, signIn } from "./support/pages";
import { AdminRegistrantsPage, insertApprovalMeeting, rename, requestSeat } from "./support/admin-registrants";

const STAFF = "equipe@example.org";

test("staff approve one request and refuse another with a message; each person is e-mailed", async ({ page }) => {
  test.slow();
  const meeting = insertApprovalMeeting();
  const accepted = await createAccount("member", "accepte");
  const refused = await createAccount("member", "refuse");
  requestSeat(meeting.id, accepted, { regime: "Végétarien" });
  requestSeat(meeting.id, refused);
  const registrants = new AdminRegistrantsPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, registrants.path());

  await expect(registrants.row(accepted.formalName)).toContainText("En attente de validation");
  await expect(registrants.row(accepted.formalName)).toContainText("Végétarien");
  await registrants.approve(accepted.formalName);
  await registrants.expectOutcome(`Demande de ${accepted.name} validée`);
  await expect(registrants.row(accepted.formalName)).toContainText("Inscription confirmée");
  const approval = await waitForEmail(accepted.email, { subject: /^Inscription acceptée/ });
  expect(approval.text).toContain(meeting.title);

  await registrants.refuse(refused.formalName, "L'atelier est réservé aux équipes des contrats de ville.");
  await registrants.expectOutcome(`Demande de ${refused.name} refusée`);
  await expect(registrants.row(refused.formalName)).toContainText("Demande refusée");
  const refusal = await waitForEmail(refused.email, { subject: /^Inscription non retenue/ });
  expect(refusal.text).toContain("L'atelier est réservé aux équipes des contrats de ville.");
});

test("staff export the list shown as CSV for French Excel and as XLSX, a formula-like name kept as text", async ({ page }) => {
  const meeting = insertApprovalMeeting();
  const plain = await createAccount("member", "export");
  const hostile = await createAccount("member", "formule");
  rename(hostile, { givenName: "=HYPERLINK(\"http://x\")", familyName: "Łukasiewicz" });
  requestSeat(meeting.id, plain, { regime: "Sans gluten" });
  requestSeat(meeting.id, hostile);
  const registrants = new AdminRegistrantsPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, registrants.path());

  const { body: csv } = await registrants.exportFile(/CSV/);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Nom;Prénom;Adresse e-mail;Structure;Département;Statut;Code d'inscription;Date d'inscription;Consentement à la liste des participants;Régime alimentaire");
  const plainLine = lines.find((line) => line.includes(plain.email))!;
  expect(plainLine).toMatch(/;Sans gluten$/);
  expect(plainLine).toMatch(/;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};/);
  expect(lines.find((line) => line.startsWith("Łukasiewicz;"))).toContain(`;"'=HYPERLINK(""http://x"")";`);

  const xlsx = await registrants.exportFile(/XLSX/);
  expect(xlsx.disposition).toBe(`attachment; filename="inscrits-${meeting.slug}.xlsx"`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Inscrits")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Nom");
  const names = [2, 3].map((n) => sheet.getRow(n).getCell(2).value);
  expect(names).toContain("'=HYPERLINK(\"http://x\")");
});

test("staff move and promote on the waitlist, and cancel for someone while a member registers: the freed seat goes to one person", async ({ page, newBrowserPage }) => {
  test.slow();
  const meeting = insertApprovalMeeting({ approvalRequired: false, capacity: 1, waitlistEnabled: true });
  const seated = await createAccount("member", "assis");
  const first = await createAccount("member", "premier");
  const second = await createAccount("member", "second");
  for (const account of [seated, first, second]) requestSeat(meeting.id, account);
  const registrants = new AdminRegistrantsPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, registrants.path());

  await registrants.move(second.formalName, "Monter");
  await registrants.expectOutcome(`${second.name} est désormais en position 1 sur 2 de la liste d'attente.`);
  expect(waitlist(meeting.id).map((row) => row.userId)).toEqual([second.id, first.id]);
  await registrants.promote(second.formalName);
  await expect(page.locator("form#actions-inscrits [role=alert]")).toContainText("La rencontre est complète");

  /* Staff cancel the seated person while a new member registers from the meeting page. */
  const newcomer = await createAccount("member", "nouveau");
  const memberPage = await newBrowserPage();
  await signIn(memberPage, newcomer.email, newcomer.password, `/rencontres/${meeting.slug}`);
  await Promise.all([registrants.cancelFor(seated.formalName), new MeetingPage(memberPage, meeting.slug).register()]);
  await registrants.expectOutcome(`Inscription de ${seated.name} annulée`);
  await waitForEmail(seated.email, { subject: /^Inscription annulée/ });
  await waitForEmail(second.email, { subject: /^Une place s'est libérée/ });
  const confirmedNow = () => [seated, first, second, newcomer].filter((account) => liveRegistrations(meeting.id, account.id).some((row) => row.status === "confirmed")).map((account) => account.id);
  expect(confirmedNow()).toEqual([second.id]);
  expect(waitlist(meeting.id).map((row) => row.userId)).toEqual([first.id, newcomer.id]);

  /* Beyond the capacity only when ticked, and shown as such. */
  await page.reload();
  await registrants.promote(first.formalName, { overCapacity: true });
  await registrants.expectOutcome(`${first.name} passe de la liste d'attente aux inscriptions confirmées`);
  await expect(registrants.row(first.formalName)).toContainText("au-delà de la jauge");
  await waitForEmail(first.email, { subject: /^Une place s'est libérée/ });
  expect(confirmedNow()).toEqual([first.id, second.id]);
});

test("staff register by hand a person without an account: the invitation arrives and opens their account", async ({ page }) => {
  test.slow();
  const meeting = insertApprovalMeeting();
  const suffix = randomUUID().slice(0, 8);
  const person = { email: `e2e-invite-${suffix}@example.org`, givenName: "Zoé", familyName: `Invitée ${suffix}`, organisation: "Ville de Maubeuge" };
  const registrants = new AdminRegistrantsPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, registrants.path());

  await registrants.addByHand(person);
  await expect(registrants.addOutcome()).toContainText(`Inscription de ${person.email} confirmée. Un compte a été créé`);
  await expect(registrants.row(formalName(person))).toContainText("Inscription confirmée");

  const invitation = await waitForEmail(person.email, { subject: /^Votre compte sur le réseau/ });
  expect(invitation.text).toContain(meeting.title);
  await page.context().clearCookies();
  await page.goto(invitation.url!);
  const password = `invite-${suffix}`;
  const form = page.getByRole("form", { name: "Choisir un nouveau mot de passe" });
  await labelled(form, "Nouveau mot de passe").fill(password);
  await labelled(form, "Confirmation du nouveau mot de passe").fill(password);
  await form.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Votre mot de passe est changé");
  await signIn(page, person.email, password, "/mon-espace");
  await expect(page.getByRole("main")).toContainText(meeting.title);
});
