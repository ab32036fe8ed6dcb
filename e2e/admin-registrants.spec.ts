import ExcelJS from "exceljs";
import { test, expect } from "./support/fixtures";
import { createAccount, DEMO_PASSWORD, waitForEmail } from "./support/data";
import { signIn } from "./support/pages";
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
