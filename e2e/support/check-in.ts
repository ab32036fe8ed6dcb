import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { expect, type Page } from "@playwright/test";
import { attendanceMarks } from "@/lib/attendance/schema";
import { meetings } from "@/lib/meetings/schema";
import { nameColumns, type PersonName } from "@/lib/people/names";
import { users } from "@/lib/people/schema";
import { unusedRegistrationCode } from "@/lib/registrations/code";
import { registrations } from "@/lib/registrations/schema";
import { parisDateKey, parisDayStart } from "@/lib/time";
import { createAccount, testDb } from "./data";

export type Registrant = { registrationId: string; code: string; name: string };

/** A published all-day meeting today (Paris), or `days` later, so its half-days are that day's morning and afternoon. */
export function insertMeetingToday(days = 0): typeof meetings.$inferSelect & { today: string } {
  const suffix = randomUUID().slice(0, 8);
  const today = parisDateKey(parisDayStart(parisDateKey(new Date()), days));
  const meeting = testDb()
    .insert(meetings)
    .values({
      kind: "rencontre_reseau",
      title: `Rencontre à l'entrée ${suffix}`,
      slug: `rencontre-entree-${suffix}`,
      startsAt: parisDayStart(today),
      endsAt: parisDayStart(today, 1),
      allDay: true,
      status: "published",
      capacity: 3,
      questions: [{ id: "acces", label: "Besoins d'accessibilité", kind: "textarea", required: false }],
    })
    .returning()
    .get();
  return { ...meeting, today };
}

/** A new account confirmed for the meeting under this name, with its answers. */
export async function confirmRegistrant(meetingId: string, name: PersonName, answers: Record<string, string> = {}): Promise<Registrant> {
  const account = await createAccount("member", "entree");
  const db = testDb();
  db.update(users).set(nameColumns(name)).where(eq(users.id, account.id)).run();
  const code = unusedRegistrationCode(db);
  const registration = db.insert(registrations).values({ meetingId, userId: account.id, status: "confirmed", code, answers, confirmedAt: new Date() }).returning().get();
  return { registrationId: registration.id, code, name: `${name.givenName} ${name.familyName}` };
}

export function attendanceOf(registrationId: string) {
  return testDb().select({ attendance: registrations.attendance }).from(registrations).where(eq(registrations.id, registrationId)).get()!.attendance;
}

export function marksOf(registrationId: string, halfDay: string) {
  return testDb()
    .select({ present: attendanceMarks.present, source: attendanceMarks.source })
    .from(attendanceMarks)
    .where(and(eq(attendanceMarks.registrationId, registrationId), eq(attendanceMarks.halfDay, halfDay)))
    .all();
}

/** /admin/rencontres/[slug]/emargement as staff use it on a phone. */
export class CheckInPage {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  path(): string {
    return `/admin/rencontres/${this.slug}/emargement`;
  }

  async goto(): Promise<void> {
    await this.page.goto(this.path());
    await expect(this.page.getByRole("heading", { level: 1, name: /^Émargement/ })).toBeVisible();
  }

  search() {
    return this.page.getByRole("searchbox", { name: "Rechercher un inscrit" });
  }

  results() {
    return this.page.getByRole("region", { name: /inscrits? trouvés?|Aucun inscrit/ });
  }

  markButton(name: string) {
    return this.page.getByRole("button", { name: `Marquer ${name} présent(e)` }).first();
  }

  undoButton(name: string) {
    return this.page.getByRole("button", { name: `Annuler la présence de ${name}` }).first();
  }

  lastMarked() {
    return this.page.getByRole("region", { name: /^Dernier marquage/ });
  }

  /** "3 sur 12" for a half-day's key. */
  count(halfDay: string) {
    return this.page.locator(`[data-demi-journee="${halfDay}"] dd`);
  }

  pending() {
    return this.page.getByText(/en attente d.envoi|Tous les marquages sont envoyés/);
  }

  async typeCodeAndEnter(code: string): Promise<void> {
    await this.search().fill(code);
    await this.search().press("Enter");
  }

  async registerWalkIn(person: { givenName: string; familyName: string; email: string; organisation: string }): Promise<void> {
    await this.page.getByRole("button", { name: "Inscrire une personne sur place" }).click();
    const form = this.page.locator("#formulaire-sur-place");
    await form.getByLabel(/^Prénom/).fill(person.givenName);
    await form.getByLabel(/^Nom/).fill(person.familyName);
    await form.getByLabel(/^Adresse e-mail/).fill(person.email);
    await form.getByLabel(/^Structure/).fill(person.organisation);
    await form.getByRole("button", { name: /^Inscrire et marquer présent/ }).click();
  }
}
