import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { createAccount, liveRegistrations, meetingBySlug, testDb } from "./support/data";
import { insertOpenMeeting } from "./support/db";
import { MeetingPage, signIn } from "./support/pages";
import { AdminFilesPage, AdminProgrammePage, AdminQuestionsPage, announcements } from "./support/admin-programme";

/* Staff build a meeting's programme, questions and files in the back office; a member registers; the public page follows. */

const DAY = 24 * 60 * 60 * 1000;
const DOCUMENT = "Bilan d'activité 2016 du GIP IREV";

test("le programme, les questions et les fichiers d'une rencontre, jusqu'à l'inscription d'un membre", async ({ page, newBrowserPage }) => {
  test.setTimeout(600_000);
  const slug = `programme-e2e-${randomUUID().slice(0, 8)}`;
  await insertOpenMeeting(testDb(), {
    slug,
    title: "Rencontre de réseau – programme de test",
    startsAt: new Date(Date.now() + 20 * DAY),
    registrationOpensAt: new Date(Date.now() - DAY),
    registrationClosesAt: new Date(Date.now() + 19 * DAY),
  });
  const staff = await createAccount("staff", "programme");
  await signIn(page, staff.email, staff.password);

  const programme = new AdminProgrammePage(page, slug);
  await programme.goto();
  await programme.add({ kind: "Accueil", title: "Accueil café", start: "09:00", end: "09:30" });
  await programme.add({
    kind: "Intervention",
    title: "Ouverture",
    start: "09:30",
    end: "10:00",
    speakers: [{ name: "Claire Martin", function: "Directrice", organisation: "IREV" }],
  });
  await programme.add({ kind: "Atelier", title: "Atelier emploi", start: "10:00", end: "12:00" });
  expect(await programme.titles()).toEqual(["Accueil café", "Ouverture", "Atelier emploi"]);
  await expect(programme.button("Monter « Accueil café »")).toBeDisabled();
  await expect(programme.button("Descendre « Atelier emploi »")).toBeDisabled();

  const moved = await programme.moveWithKeyboard("Atelier emploi", "Monter");
  await expect.poll(() => programme.titles()).toEqual(["Accueil café", "Atelier emploi", "Ouverture"]);
  await expect(announcements(page)).toHaveText("« Atelier emploi » déplacée en position 2 sur 3.");
  await expect(moved).toBeFocused();

  const questions = new AdminQuestionsPage(page, slug);
  await questions.goto();
  await questions.add({ label: "Atelier choisi", kind: "Choix unique", options: ["Emploi des jeunes", "Clauses d'insertion"], required: true });
  await questions.add({ label: "Thèmes d'intérêt", kind: "Choix multiple", options: ["Europe", "Numérique", "Santé"], help: "Plusieurs réponses possibles." });
  await questions.add({ label: "Déjeuner sur place", kind: "Oui / non", required: true });
  expect(await questions.titles()).toEqual(["Atelier choisi", "Thèmes d'intérêt", "Déjeuner sur place"]);

  const files = new AdminFilesPage(page, slug);
  await files.goto();
  await files.attach("bilan activite 2016", DOCUMENT, "Bilan 2016 de l'IREV");

  const memberPage = await newBrowserPage();
  const member = await createAccount("member", "programme");
  await signIn(memberPage, member.email, member.password);
  const meeting = new MeetingPage(memberPage, slug);
  await meeting.goto();
  await meeting.register({ "Atelier choisi": "Clauses d'insertion", "Thèmes d'intérêt": ["Santé", "Europe"], "Déjeuner sur place": "Oui" });
  await expect(meeting.status()).toContainText("Vous êtes inscrit(e)");
  const meetingRow = meetingBySlug(slug);
  const [registration] = liveRegistrations(meetingRow.id, member.id);
  const ids = Object.fromEntries(meetingRow.questions.map((q) => [q.label, q.id]));
  expect(registration?.answers).toEqual({
    [ids["Atelier choisi"]!]: "Clauses d'insertion",
    [ids["Thèmes d'intérêt"]!]: "Europe\nSanté",
    [ids["Déjeuner sur place"]!]: "Oui",
  });

  const visitor = await newBrowserPage();
  await visitor.goto(`/rencontres/${slug}`);
  const agenda = visitor.getByRole("region", { name: "Programme" });
  await expect(agenda.getByRole("heading", { level: 3 })).toHaveText(["Accueil café", "Atelier emploi", "Ouverture"]);
  await expect(agenda).toContainText("Claire Martin, Directrice, IREV");
  await expect(visitor.getByRole("region", { name: "Fichiers joints" })).toContainText("Bilan 2016 de l'IREV");
});
