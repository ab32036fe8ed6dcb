import { and, eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { createAccount, DEMO_PASSWORD, testDb, waitForEmail } from "./support/data";
import { signIn } from "./support/pages";
import { AdminRegistrantsPage } from "./support/admin-registrants";
import { insertOneSeatMeeting, RegistrantMessageForm } from "./support/admin-registrant-messages";
import { outboxEmails } from "@/lib/mail/schema";
import { register } from "@/lib/registrations/service";

const STAFF = "equipe@example.org";

test("staff preview a message to the confirmed registrants, then send it: the outbox holds it for them only, and the page keeps it", async ({ page }) => {
  test.slow();
  const meeting = insertOneSeatMeeting();
  const seated = await createAccount("member", "place");
  const waiting = await createAccount("member", "attente");
  register(testDb(), { meetingId: meeting.id, userId: seated.id });
  register(testDb(), { meetingId: meeting.id, userId: waiting.id });
  const subject = `Documents à lire avant la rencontre ${meeting.slug.slice(-8)}`;
  const sentTo = (email: string) =>
    testDb().select().from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.subject, subject))).all();

  const registrants = new AdminRegistrantsPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, registrants.path());
  const message = new RegistrantMessageForm(page);
  await expect(message.sentMessage(subject)).toHaveCount(0);

  await message.chooseStatuses([]);
  await message.write(subject, "Bonjour à toutes et à tous.");
  await message.askPreview();
  await message.expectOutcome("alert", "Le formulaire contient des erreurs");

  await message.chooseStatuses(["Confirmées"]);
  await message.write(subject, "Les documents de la journée sont en ligne.\nMerci de les lire.\n\nÀ bientôt\u00a0!");
  await message.preview();
  await expect(message.previewText()).toContainText("Il partira à 1 personne");
  await expect(message.previewText()).toContainText(`Objet\u00a0: ${subject}`);
  await expect(message.previewHtml()).toContainText("Les documents de la journée sont en ligne.");
  await expect(message.previewHtml()).toContainText(meeting.title);

  /* Changed after the preview: nothing leaves before the new preview is read. */
  await message.write(subject, "Les documents de la journée sont en ligne, avec le programme.\nMerci de les lire.\n\nÀ bientôt\u00a0!");
  await message.send("1 personne");
  await message.expectOutcome("alert", "Le message a changé depuis l'aperçu");
  await expect(message.previewHtml()).toContainText("avec le programme");
  expect(sentTo(seated.email)).toEqual([]);

  await message.send("1 personne");
  await message.expectOutcome("status", `Message « ${subject} » envoyé à 1 personne`);
  const email = await waitForEmail(seated.email, { subject: new RegExp(`^${subject}$`) });
  expect(email.kind).toBe("staff_message");
  expect(email.text).toContain("Les documents de la journée sont en ligne, avec le programme.\nMerci de les lire.\n\nÀ bientôt\u00a0!");
  expect(sentTo(seated.email)).toHaveLength(1);
  expect(sentTo(waiting.email)).toEqual([]);

  const kept = message.sentMessage(subject);
  await expect(kept).toContainText("à 1 personne (Confirmées)");
  await kept.getByText("Texte du message").click();
  await expect(kept).toContainText("avec le programme");
});
