import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { meetings } from "@/lib/meetings/schema";
import { expect } from "./fixtures";
import { group, labelled } from "./pages";
import { testDb } from "./data";

const DAY = 86_400_000;

/** A published meeting of one seat with a waitlist, of its own (a fresh slug): the first person confirmed, the next waitlisted. */
export function insertOneSeatMeeting(): typeof meetings.$inferSelect {
  const suffix = randomUUID().slice(0, 8);
  const startsAt = new Date(Date.now() + 25 * DAY);
  return testDb()
    .insert(meetings)
    .values({
      kind: "rencontre_reseau",
      title: `Rencontre à une place ${suffix}`,
      slug: `rencontre-une-place-${suffix}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      status: "published",
      capacity: 1,
      waitlistEnabled: true,
      registrationEnabled: true,
    })
    .returning()
    .get();
}

/** The form "Écrire aux inscrits" of /admin/rencontres/[slug]/inscrits, and the list of messages sent under it. */
export class RegistrantMessageForm {
  constructor(private readonly page: Page) {}

  private get form() {
    return this.page.getByRole("form", { name: "Écrire aux inscrits" });
  }

  /** Ticks exactly these statuses ("Confirmées", "Liste d'attente"…), unticks the others. */
  async chooseStatuses(labels: string[]): Promise<void> {
    const boxes = group(this.form, "Destinataires").getByRole("checkbox");
    for (const box of await boxes.all()) {
      const name = (await box.evaluate((input) => input.closest("label")?.textContent ?? "")).replace(/ \(\d+\)$/, "");
      await box.setChecked(labels.includes(name));
    }
  }

  async write(subject: string, body: string): Promise<void> {
    await labelled(this.form, "Objet").fill(subject);
    await labelled(this.form, "Message").fill(body);
  }

  async askPreview(): Promise<void> {
    await this.form.getByRole("button", { name: /^Prévisualiser/ }).click();
  }

  /** Asks for the preview, which receives the focus. */
  async preview(): Promise<void> {
    await this.askPreview();
    await expect(this.page.getByRole("heading", { name: "Aperçu du message" })).toBeFocused({ timeout: 30_000 });
  }

  previewText() {
    return this.form.getByRole("region", { name: "Aperçu du message" });
  }

  previewHtml() {
    return this.page.frameLocator('iframe[title="Aperçu de la version HTML du message"]').locator("body");
  }

  async send(recipients: string): Promise<void> {
    await this.form.getByRole("button", { name: `Envoyer à ${recipients}` }).click();
  }

  async expectOutcome(role: "status" | "alert", text: string | RegExp): Promise<void> {
    await expect(this.form.getByRole(role).filter({ hasText: text })).toBeVisible({ timeout: 30_000 });
  }

  sentMessage(subject: string) {
    return this.page.getByRole("region", { name: "Messages envoyés aux inscrits" }).getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: subject }) });
  }
}
