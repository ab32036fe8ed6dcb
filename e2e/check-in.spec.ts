import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { DEMO_PASSWORD, findAccount } from "./support/data";
import { signIn } from "./support/pages";
import { attendanceOf, CheckInPage, confirmRegistrant, insertMeetingToday, marksOf } from "./support/check-in";

const STAFF = "equipe@example.org";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("at the door on a phone: by name, by scanned code + Enter, undo, a walk-in, and marks made offline sent once when the connection is back", async ({ page, context }) => {
  test.slow();
  const meeting = insertMeetingToday();
  const morning = `${meeting.today}:am`;
  const elodie = await confirmRegistrant(meeting.id, { givenName: "Élodie", familyName: `Œuvray ${randomUUID().slice(0, 4)}` }, { acces: "Fauteuil roulant" });
  const stefan = await confirmRegistrant(meeting.id, { givenName: "Ștefan", familyName: `Łukasz ${randomUUID().slice(0, 4)}` });
  const marc = await confirmRegistrant(meeting.id, { givenName: "Marc", familyName: `Durand ${randomUUID().slice(0, 4)}` });
  const door = new CheckInPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, door.path());

  /* Nothing listed before a search: a passer-by reads no names. */
  await expect(page.getByRole("combobox", { name: "Demi-journée" })).toHaveValue(morning);
  await expect(door.results()).toHaveCount(0);
  await expect(page.getByText(elodie.name)).toHaveCount(0);
  await expect(door.count(morning)).toHaveText("0 sur 3");

  /* By name, accents and ligature left out; the person's accessibility needs shown. */
  await door.search().fill("oeuvray elodie");
  await door.markButton(elodie.name).click();
  await expect(door.count(morning)).toHaveText("1 sur 3");
  await expect(door.lastMarked()).toContainText("Fauteuil roulant");
  await expect(door.pending()).toHaveText("Tous les marquages sont envoyés.");
  await expect(door.undoButton(elodie.name)).toBeFocused();

  /* By code, as a barcode reader types it (lower case, no dash) then Enter: marked at once, the field ready for the next. */
  await door.typeCodeAndEnter(stefan.code.replace("-", "").toLowerCase());
  await expect(door.count(morning)).toHaveText("2 sur 3");
  await expect(door.search()).toHaveValue("");
  await expect(door.search()).toBeFocused();
  await expect(door.lastMarked()).toContainText(stefan.name);
  await expect(door.lastMarked()).toContainText("Aucun besoin d'accessibilité indiqué.");

  /* Undo. */
  await door.lastMarked().getByRole("button", { name: `Annuler la présence de ${stefan.name}` }).click();
  await expect(door.count(morning)).toHaveText("1 sur 3");
  await expect(door.pending()).toHaveText("Tous les marquages sont envoyés.");
  await expect.poll(() => attendanceOf(stefan.registrationId)).toEqual({});

  /* A walk-in: confirmed beyond the capacity of 3, marked present at once. */
  const email = `e2e-sur-place-${randomUUID().slice(0, 8)}@example.org`;
  await door.registerWalkIn({ givenName: "Zoé", familyName: "Sur-Place", email, organisation: "Ville d'Arras" });
  await expect(door.lastMarked().getByRole("heading", { name: /Zoé Sur-Place/ })).toBeFocused();
  await expect(door.lastMarked()).toContainText("Zoé Sur-Place");
  await expect(door.count(morning)).toHaveText("2 sur 4");
  expect(findAccount(email)?.role).toBe("pending");

  /* The Wi-Fi drops: marks are kept on the phone and shown as made. */
  await context.setOffline(true);
  await door.search().fill(marc.name.split(" ")[1]!);
  await door.markButton(marc.name).click();
  await door.typeCodeAndEnter(stefan.code);
  await expect(door.count(morning)).toHaveText("4 sur 4");
  await expect(door.pending()).toContainText("2 marquages en attente d'envoi.");
  await expect(door.lastMarked()).toContainText("non disponibles hors connexion");
  expect(attendanceOf(marc.registrationId)).toEqual({});

  /* Back online: each queued mark sent exactly once. */
  await context.setOffline(false);
  await expect(door.pending()).toHaveText("Tous les marquages sont envoyés.");
  await expect.poll(() => attendanceOf(marc.registrationId)).toEqual({ [morning]: true });
  expect(attendanceOf(stefan.registrationId)).toEqual({ [morning]: true });
  expect(marksOf(marc.registrationId, morning)).toEqual([{ present: true, source: "door" }]);
  expect(marksOf(stefan.registrationId, morning).map((mark) => mark.present)).toEqual([true, false, true]);
  expect(marksOf(elodie.registrationId, morning)).toHaveLength(1);

  await door.goto();
  await expect(door.count(morning)).toHaveText("4 sur 4");
});

test("a mark that could not be sent survives a reload, then is sent once", async ({ page }) => {
  const meeting = insertMeetingToday();
  const morning = `${meeting.today}:am`;
  const person = await confirmRegistrant(meeting.id, { givenName: "Anne", familyName: `Rechargée ${randomUUID().slice(0, 4)}` });
  const door = new CheckInPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, door.path());

  await page.route("**/emargement/marquages", (route) => route.abort("internetdisconnected"));
  await door.typeCodeAndEnter(person.code);
  await expect(door.pending()).toContainText("1 marquage en attente d'envoi.");
  await door.goto();
  await expect(door.pending()).toContainText("1 marquage en attente d'envoi.");
  await expect(door.count(morning)).toHaveText("1 sur 1");
  expect(attendanceOf(person.registrationId)).toEqual({});

  await page.unroute("**/emargement/marquages");
  await expect(door.pending()).toHaveText("Tous les marquages sont envoyés.", { timeout: 20_000 });
  expect(marksOf(person.registrationId, morning)).toEqual([{ present: true, source: "door" }]);
});

test("two phones at the door: a mark made on one shows on the other", async ({ page, newBrowserPage }) => {
  const meeting = insertMeetingToday();
  const morning = `${meeting.today}:am`;
  const person = await confirmRegistrant(meeting.id, { givenName: "Inès", familyName: `Deuxtéléphones ${randomUUID().slice(0, 4)}` });
  const first = new CheckInPage(page, meeting.slug);
  await signIn(page, STAFF, DEMO_PASSWORD, first.path());
  await expect(first.count(morning)).toHaveText("0 sur 1");

  const otherPhone = await newBrowserPage();
  await otherPhone.setViewportSize({ width: 390, height: 844 });
  const second = new CheckInPage(otherPhone, meeting.slug);
  await signIn(otherPhone, STAFF, DEMO_PASSWORD, second.path());
  await second.typeCodeAndEnter(person.code);
  await expect(second.count(morning)).toHaveText("1 sur 1");

  /* The first phone reads the recorded presence again every few seconds. */
  await expect(first.count(morning)).toHaveText("1 sur 1", { timeout: 20_000 });
  await first.search().fill(person.code);
  await expect(first.undoButton(person.name)).toBeVisible();
});

test("after the meeting, staff enter the signed paper sheet: registrants × half-days in one save", async ({ page }) => {
  const meeting = insertMeetingToday();
  const afternoon = `${meeting.today}:pm`;
  const first = await confirmRegistrant(meeting.id, { givenName: "Paule", familyName: `Feuille ${randomUUID().slice(0, 4)}` });
  const second = await confirmRegistrant(meeting.id, { givenName: "Yann", familyName: `Papier ${randomUUID().slice(0, 4)}` });
  await signIn(page, STAFF, DEMO_PASSWORD, `/admin/rencontres/${meeting.slug}/emargement/feuille`);

  const table = page.getByRole("table", { name: /^Présences par demi-journée – 2 inscrits confirmés/ });
  await table.getByRole("checkbox", { name: new RegExp(`^${first.name.split(" ")[1]!.toUpperCase()}.*présent\\(e\\), .*matin`) }).check();
  await table.getByRole("checkbox", { name: new RegExp(`^${second.name.split(" ")[1]!.toUpperCase()}.*présent\\(e\\), .*après-midi`) }).check();
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(page.getByText("Présences enregistrées : 2 changements.")).toBeVisible();
  expect(attendanceOf(first.registrationId)).toEqual({ [`${meeting.today}:am`]: true });
  expect(attendanceOf(second.registrationId)).toEqual({ [afternoon]: true });
  expect(marksOf(second.registrationId, afternoon)).toEqual([{ present: true, source: "sheet" }]);
});

test("a past meeting's page shows the participants recorded from the sheet, its cached page refreshed", async ({ page, newBrowserPage }) => {
  const meeting = insertMeetingToday(-1);
  const person = await confirmRegistrant(meeting.id, { givenName: "Lou", familyName: `Passée ${randomUUID().slice(0, 4)}` });
  const visitor = await newBrowserPage();
  await visitor.goto(`/rencontres/${meeting.slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  await expect(visitor.getByText("Participation")).toHaveCount(0);

  await signIn(page, STAFF, DEMO_PASSWORD, `/admin/rencontres/${meeting.slug}/emargement/feuille`);
  await page.getByRole("checkbox", { name: /matin/ }).check();
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(page.getByText("Présences enregistrées : 1 changement.")).toBeVisible();
  expect(attendanceOf(person.registrationId)).toEqual({ [`${meeting.today}:am`]: true });

  await visitor.reload();
  await expect(visitor.getByText("Participation").locator("xpath=following-sibling::dd[1]")).toHaveText("1 participant");
});
