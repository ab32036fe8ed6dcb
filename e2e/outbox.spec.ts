import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { test, expect } from "./support/fixtures";
import { testDb, seededAccount } from "./support/data";
import { OutboxPage, signIn } from "./support/pages";
import { auditLog } from "@/lib/audit/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { outboxEmails } from "@/lib/mail/schema";

/* Without SMTP in the e2e server, nothing leaves the outbox: a message given up by delivery is written as such. */
function failedEmail(to: string, subject: string): string {
  const id = enqueueEmail(testDb(), { to, kind: "staff_message", subject, text: `Bonjour,\n\n${subject}.`, html: `<p>Bonjour,</p><p><strong>${subject}</strong>.</p>` });
  testDb().update(outboxEmails).set({ status: "failed", attempts: 10, lastError: "550 Boîte aux lettres inconnue" }).where(eq(outboxEmails.id, id)).run();
  return id;
}

function statusOf(id: string) {
  return testDb().select({ status: outboxEmails.status, attempts: outboxEmails.attempts }).from(outboxEmails).where(eq(outboxEmails.id, id)).get();
}

test.describe("Boîte d'envoi de l'équipe", () => {
  /* Several page loads, each scanned by axe, and an action. */
  test.slow();

  test("l'équipe filtre les courriels en échec d'un destinataire et les renvoie, un seul ou une sélection", async ({ page }) => {
    const suffix = randomUUID().slice(0, 8);
    const to = `e2e-echec-${suffix}@example.org`;
    const single = failedEmail(to, `Programme de la journée ${suffix}`);
    const first = failedEmail(to, `Compte rendu ${suffix}`);
    const second = failedEmail(to, `Attestation ${suffix}`);
    enqueueEmail(testDb(), { to, kind: "staff_message", subject: `En attente ${suffix}`, text: "Texte" });

    await signIn(page, "equipe@example.org");
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: /courriels? en échec\s:\sà renvoyer/ })).toBeVisible();
    await page.getByRole("link", { name: /courriels? en échec\s:\sà renvoyer/ }).click();
    await page.waitForURL("**/admin/courriels?statut=failed");

    const outbox = new OutboxPage(page);
    await outbox.filter({ status: "Échec définitif", recipient: `echec-${suffix}` });
    await page.waitForURL((url) => url.searchParams.get("destinataire") === `echec-${suffix}` && url.searchParams.get("statut") === "failed");
    await expect(page.getByRole("table")).toHaveAccessibleName(/3 résultats, du plus récent au plus ancien/);
    await expect(outbox.row(to, `En attente ${suffix}`)).toHaveCount(0);

    /* The message as its recipient gets it: the HTML in a sandboxed frame, and the text. */
    await outbox.row(to, `Programme de la journée ${suffix}`).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Programme de la journée ${suffix}`);
    const frame = page.getByTitle(`Version HTML du courriel « Programme de la journée ${suffix} »`);
    await expect(frame).toHaveAttribute("sandbox", "");
    await expect(page.frameLocator("iframe").getByText(`Programme de la journée ${suffix}`)).toBeVisible();
    await expect(outbox.text()).toContainText(`Programme de la journée ${suffix}.`);
    await page.goBack();

    await outbox.row(to, `Programme de la journée ${suffix}`).getByRole("button", { name: `Renvoyer le courriel « Programme de la journée ${suffix} » à ${to}` }).click();
    const outcome = page.getByRole("status").filter({ hasText: "remis en file d'envoi" });
    await expect(outcome).toHaveText(`Le courriel à ${to} est remis en file d'envoi, avec tous ses essais.`);
    await expect(page.locator(":focus")).toContainText("remis en file d'envoi");
    await expect(outbox.row(to, `Programme de la journée ${suffix}`)).toHaveCount(0);
    expect(statusOf(single)).toEqual({ status: "queued", attempts: 0 });

    await page.getByRole("checkbox", { name: `Sélectionner le courriel « Compte rendu ${suffix} » à ${to}` }).check();
    await page.getByRole("checkbox", { name: `Sélectionner le courriel « Attestation ${suffix} » à ${to}` }).check();
    await page.getByRole("button", { name: "Renvoyer les courriels cochés" }).click();
    await expect(page.getByRole("status").filter({ hasText: "remis en file d'envoi" })).toHaveText("2 courriels sont remis en file d'envoi, avec tous leurs essais.");
    await expect(page.getByText("Aucun courriel ne correspond à ces critères.")).toBeVisible();
    expect([statusOf(first), statusOf(second)]).toEqual([
      { status: "queued", attempts: 0 },
      { status: "queued", attempts: 0 },
    ]);

    const staff = seededAccount("equipe@example.org");
    const audited = testDb()
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "email.resend"), eq(auditLog.actorId, staff.id)))
      .all()
      .map((entry) => entry.entityId);
    expect(audited).toEqual(expect.arrayContaining([single, first, second]));
  });

  test("un membre n'atteint pas la boîte d'envoi", async ({ page }) => {
    await signIn(page, "membre@example.org");
    await page.goto("/admin/courriels");
    await page.waitForURL("**/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
