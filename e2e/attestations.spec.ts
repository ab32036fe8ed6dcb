import { eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { createAccount, testDb } from "./support/data";
import { signIn } from "./support/pages";
import { rename } from "./support/admin-registrants";
import { downloadPdf } from "./support/participants";
import { attended, insertPastMeeting } from "./support/attestations";
import { attestations } from "@/lib/attendance/schema";

const STAFF = "equipe@example.org";
/** PDF.js reads a no-break space back as a plain one. */
const plain = (text: string) => text.replaceAll("\u00a0", " ");

test("staff download the sign-in sheets and issue the attestations; a member downloads theirs; a code is verified, a forged one refused", async ({ page, newBrowserPage }) => {
  test.slow();
  const meeting = insertPastMeeting();
  const both = { [`${meeting.day}:am`]: true, [`${meeting.day}:pm`]: true };
  const member = await createAccount("member", "attestee");
  rename(member, { givenName: "Łukasz", familyName: "Ødegård" });
  const other = await createAccount("member", "matin");
  rename(other, { givenName: "Ștefan", familyName: "Țăranu" });
  attended(meeting.id, member, both);
  attended(meeting.id, other, { [`${meeting.day}:am`]: true });

  await signIn(page, STAFF, undefined, `/admin/rencontres/${meeting.slug}/presence`);
  await expect(page.getByRole("heading", { level: 1, name: `Présence à « ${meeting.title} »` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Présence", exact: true })).toHaveAttribute("aria-current", "page");

  const morning = await downloadPdf(page, page.getByRole("link", { name: /^Feuille du matin/ }));
  expect(morning.filename).toBe(`emargement-${meeting.slug}-${meeting.day}-am.pdf`);
  const morningText = plain(morning.pdf.pages.map((p) => p.text).join("\n"));
  for (const text of [meeting.title, "Feuille d'émargement", "matin (9 h – 12 h 30)", "ØDEGÅRD", "Łukasz", "ȚĂRANU", "Ștefan", "page 1 / "]) expect(morningText).toContain(plain(text));
  const whole = await downloadPdf(page, page.getByRole("link", { name: /^Feuille de la journée entière/ }));
  expect(whole.filename).toBe(`emargement-${meeting.slug}-${meeting.day}.pdf`);
  const wholeText = plain(whole.pdf.pages.map((p) => p.text).join("\n"));
  expect(wholeText).toContain(plain("Signature matin"));
  expect(wholeText).toContain("Signature après-midi");

  await page.getByRole("button", { name: "Délivrer les attestations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 attestations délivrées" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Registre des attestations de cette rencontre" }).getByRole("row")).toHaveCount(3);
  const issued = testDb().select().from(attestations).where(eq(attestations.meetingId, meeting.id)).all();
  const mine = issued.find((row) => row.userId === member.id)!;
  const staffCopy = await downloadPdf(page, page.getByRole("link", { name: `Attestation n° ${mine.number}` }));
  expect(plain(staffCopy.pdf.pages[0]!.text)).toContain(plain("Durée de présence : 7 h."));

  await page.getByRole("link", { name: "Inscrits", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Inscrits – ${meeting.title}` })).toBeVisible();
  const fromList = await downloadPdf(page, page.getByRole("link", { name: `Attestation de présence n° ${mine.number} (PDF)` }));
  expect(plain(fromList.pdf.pages[0]!.text)).toContain("Łukasz Ødegård");
  const zipLink = page.getByRole("link", { name: "Télécharger les attestations de présence (ZIP, 2 attestations)" });
  const zip = await page.request.get((await zipLink.getAttribute("href"))!);
  expect([zip.status(), zip.headers()["content-type"]]).toEqual([200, "application/zip"]);

  const memberPage = await newBrowserPage();
  await signIn(memberPage, member.email, member.password, "/mon-espace");
  const section = memberPage.getByRole("region", { name: "Mes attestations de présence" });
  await expect(section).toContainText(meeting.title);
  const own = await downloadPdf(memberPage, section.getByRole("link", { name: `Télécharger l'attestation n° ${mine.number} (PDF)` }));
  const ownText = plain(own.pdf.pages[0]!.text);
  for (const text of ["Attestation de présence", "Łukasz Ødegård", meeting.title, `Code de vérification : ${mine.verificationCode}`]) expect(ownText).toContain(plain(text));
  const othersNumber = issued.find((row) => row.userId === other.id)!.number;
  expect((await memberPage.request.get(`/mon-espace/attestation.pdf?numero=${othersNumber}`)).status()).toBe(404);

  const visitor = await newBrowserPage();
  await visitor.goto("/attestations/verifier");
  await visitor.getByLabel("Code de vérification").fill(mine.verificationCode.toLowerCase());
  await visitor.getByRole("button", { name: "Vérifier" }).click();
  const result = visitor.getByRole("region", { name: /^Résultat pour le code/ });
  await expect(result).toContainText("Cette attestation a bien été délivrée par l'IREV");
  await expect(result).toContainText(mine.number);
  await expect(result).toContainText("Łukasz Ødegård");
  await expect(result).toContainText("7 h");
  await expect(result).not.toContainText(member.email);
  await visitor.getByLabel("Code de vérification").fill("AAAA-BBBB-CCCC");
  await visitor.getByRole("button", { name: "Vérifier" }).click();
  await expect(visitor.getByRole("alert").filter({ hasText: "Aucune attestation ne porte ce code" })).toBeVisible();
});
