import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { meetings } from "@/lib/meetings/schema";
import { nameColumns, type PersonName } from "@/lib/people/names";
import { users } from "@/lib/people/schema";
import { register } from "@/lib/registrations/service";
import { expect } from "./fixtures";
import { testDb, type Account } from "./data";

const DAY = 86_400_000;

/** A published meeting of its own (a fresh slug), with one question: "sur validation" unless told otherwise. */
export function insertApprovalMeeting(overrides: Partial<typeof meetings.$inferInsert> = {}): typeof meetings.$inferSelect {
  const suffix = randomUUID().slice(0, 8);
  const startsAt = new Date(Date.now() + 20 * DAY);
  return testDb()
    .insert(meetings)
    .values({
      kind: "atelier",
      title: `Atelier sur validation ${suffix}`,
      slug: `atelier-validation-${suffix}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      status: "published",
      capacity: 10,
      approvalRequired: true,
      registrationEnabled: true,
      questions: [{ id: "regime", label: "Régime alimentaire", kind: "text", required: false }],
      ...overrides,
    })
    .returning()
    .get();
}

/** The person asks to attend, as from the meeting's page. */
export function requestSeat(meetingId: string, account: Account, answers: Record<string, string> = {}): void {
  register(testDb(), { meetingId, userId: account.id, answers, consent: true });
}

/** Gives an account another name (a hostile one, for the exports). */
export function rename(account: Account, name: PersonName): void {
  testDb().update(users).set(nameColumns(name)).where(eq(users.id, account.id)).run();
}

/** /admin/rencontres/[slug]/inscrits as staff use it. */
export class AdminRegistrantsPage {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  path(query = ""): string {
    return `/admin/rencontres/${this.slug}/inscrits${query}`;
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(this.path(query));
    await expect(this.page.getByRole("heading", { level: 1, name: /^Inscrits/ })).toBeVisible();
  }

  row(formalName: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: formalName }) });
  }

  async approve(formalName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Valider ${formalName}`, exact: true }).click();
  }

  async refuse(formalName: string, message: string): Promise<void> {
    await this.page.getByLabel(/Message joint au refus/).fill(message);
    await this.page.getByRole("button", { name: `Refuser ${formalName}`, exact: true }).click();
    await this.page.getByRole("dialog").getByRole("button", { name: "Refuser", exact: true }).click();
  }

  /** Promotes a waitlisted person; beyond the capacity only with the box ticked. */
  async promote(formalName: string, { overCapacity = false } = {}): Promise<void> {
    await this.page.getByRole("checkbox", { name: "Confirmer au-delà de la jauge", exact: true }).setChecked(overCapacity);
    await this.page.getByRole("button", { name: `Promouvoir ${formalName}`, exact: true }).click();
  }

  async move(formalName: string, direction: "Monter" | "Descendre"): Promise<void> {
    await this.page.getByRole("button", { name: `${direction} ${formalName}`, exact: true }).click();
  }

  /** Cancels someone's registration on their behalf, confirming in the dialog. */
  async cancelFor(formalName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Annuler l'inscription de ${formalName}`, exact: true }).click();
    await this.page.getByRole("dialog").getByRole("button", { name: "Annuler l'inscription", exact: true }).click();
  }

  /** "Inscrire quelqu'un": an address, and for a person without an account their names and organisation. */
  async addByHand(values: { email: string; givenName?: string; familyName?: string; organisation?: string }): Promise<void> {
    const form = this.page.getByRole("form", { name: "Inscrire quelqu'un" });
    await form.getByLabel("Adresse e-mail").fill(values.email);
    if (values.givenName) await form.getByLabel("Prénom").fill(values.givenName);
    if (values.familyName) await form.getByLabel("Nom de famille").fill(values.familyName);
    if (values.organisation) await form.getByLabel("Structure").fill(values.organisation);
    await form.getByRole("button", { name: "Inscrire", exact: true }).click();
  }

  addOutcome() {
    return this.page.getByRole("form", { name: "Inscrire quelqu'un" }).getByRole("status");
  }

  async expectOutcome(text: string): Promise<void> {
    await expect(this.page.locator("form#actions-inscrits [role=status]")).toContainText(text, { timeout: 30_000 });
  }

  /** The file behind an export link, fetched with the page's session; with its headers. */
  async exportFile(label: RegExp): Promise<{ body: Buffer; disposition: string | undefined }> {
    const href = await this.page.getByRole("link", { name: label }).getAttribute("href");
    const response = await this.page.request.get(href!);
    expect(response.status()).toBe(200);
    return { body: await response.body(), disposition: response.headers()["content-disposition"] };
  }
}
