import { and, eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { createAccount, DEMO_PASSWORD, testDb } from "./support/data";
import { signIn } from "./support/pages";
import { rename } from "./support/admin-registrants";
import { downloadPdf, insertOpenMeeting, participantsSection, registerTo } from "./support/participants";
import { auditLog } from "@/lib/audit/schema";

const STAFF = "equipe@example.org";

test("a registered member sees who else takes part, on the page and as a PDF; nobody else does", async ({ page, newBrowserPage }) => {
  test.slow();
  const meeting = insertOpenMeeting();
  const member = await createAccount("member", "participant");
  const consenting = await createAccount("member", "consent");
  rename(consenting, { givenName: "Łukasz", familyName: "Ștefan-Œuvray" });
  const discreet = await createAccount("member", "discret");
  registerTo(meeting.id, member, true);
  registerTo(meeting.id, consenting, true);
  registerTo(meeting.id, discreet, false);

  await signIn(page, member.email, member.password, `/rencontres/${meeting.slug}`);
  const section = participantsSection(page);
  await expect(section.getByRole("heading", { level: 2, name: "Participants" })).toBeVisible();
  await expect(section).toContainText("2 personnes inscrites ont accepté de figurer sur cette liste");
  const names = section.getByRole("list", { name: "Liste des participants" }).getByRole("listitem");
  /* By family name, accents ignored: ESSAI before ȘTEFAN. */
  await expect(names).toHaveText([member.formalName, "ȘTEFAN-ŒUVRAY Łukasz"]);
  await expect(section).not.toContainText(discreet.formalName);

  const { filename, pdf } = await downloadPdf(page, section.getByRole("link", { name: "Télécharger la liste des participants (PDF)" }));
  expect(filename).toBe(`participants-${meeting.slug}.pdf`);
  expect(pdf.pages).toHaveLength(1);
  expect(pdf.pages[0]!.text).toContain(meeting.title);
  expect(pdf.pages[0]!.text).toContain("ȘTEFAN-ŒUVRAY Łukasz");
  expect(pdf.pages[0]!.text).not.toContain(discreet.formalName.replace(/ Camille$/, ""));
  expect(pdf.pages[0]!.text).toContain("page 1 / 1");

  /* A visitor: the cached public page has no list, and the PDF asks them to sign in. */
  const visitor = await newBrowserPage();
  await visitor.goto(`/rencontres/${meeting.slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  await expect(participantsSection(visitor)).toHaveCount(0);
  const anonymous = await visitor.request.get(`/rencontres/${meeting.slug}/participants.pdf`);
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthenticated");

  /* A member not registered to the meeting. */
  const outsider = await createAccount("member", "exterieur");
  const other = await newBrowserPage();
  await signIn(other, outsider.email, outsider.password, `/rencontres/${meeting.slug}`);
  await expect(other.getByRole("heading", { level: 2, name: "Inscription" })).toBeVisible();
  await expect(participantsSection(other)).toHaveCount(0);
  const refused = await other.request.get(`/rencontres/${meeting.slug}/participants.pdf`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");
});

test("staff print the confirmed registrants' badges on the label sheet they choose, and it is audited", async ({ page }) => {
  const meeting = insertOpenMeeting();
  const accounts = await Promise.all(Array.from({ length: 4 }, (_, i) => createAccount("member", `badge${i}`)));
  rename(accounts[0]!, { givenName: "Łukasz", familyName: "Ștefan" });
  for (const account of accounts) registerTo(meeting.id, account, false);

  await signIn(page, STAFF, DEMO_PASSWORD, `/admin/rencontres/${meeting.slug}/inscrits`);
  const form = page.getByRole("form", { name: "Badges nominatifs" });
  await expect(form).toContainText("4 badges");
  await form.getByLabel("Planche d'étiquettes").selectOption("L7160");
  const { filename, pdf } = await downloadPdf(page, form.getByRole("button", { name: "Imprimer les badges (PDF)" }));
  expect(filename).toBe(`badges-${meeting.slug}-L7160.pdf`);
  expect(pdf.pages).toHaveLength(1);
  const texts = pdf.pages[0]!.items.map((item) => item.text);
  expect(texts).toContain("Łukasz");
  expect(texts).toContain("ȘTEFAN");
  expect(texts.filter((text) => text === meeting.title)).toHaveLength(4);

  const audits = testDb().select().from(auditLog).where(and(eq(auditLog.action, "registrations.badges"), eq(auditLog.entityId, meeting.id))).all();
  expect(audits.map((audit) => audit.details)).toEqual([{ format: "L7160", count: 4 }]);
});
