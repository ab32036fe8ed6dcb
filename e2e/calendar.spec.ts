import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { meetingBySlug } from "./support/data";
import { eventForMeeting, icsEvents, icsLine, icsValue, unfoldIcs, type IcsEvent } from "./support/ics";

/* iCalendar files: the public feed and one meeting's file, in Europe/Paris time, with stable identifiers. */

const DST = "rencontre-reseau-heure-d-ete";
const ALL_DAY = "assises-participation-citoyenne";

/** Fetches an .ics file and checks what every calendar file must carry. */
async function fetchCalendar(request: APIRequestContext, path: string): Promise<{ text: string; events: IcsEvent[]; headers: Record<string, string> }> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  const lines = unfoldIcs(text);
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  expect(lines).toContain("BEGIN:VTIMEZONE");
  expect(lines).toContain("TZID:Europe/Paris");
  return { text, events: icsEvents(text), headers: response.headers() };
}

/** "20270401" for the Paris calendar date of an instant. */
function parisDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant).replaceAll("-", "");
}

test.describe("Calendriers iCalendar", () => {
  test("le flux public donne les heures de Paris, les journées entières en dates, et l'adresse de chaque rencontre", async ({ request, baseURL }) => {
    const { events, headers } = await fetchCalendar(request, "/rencontres.ics");
    expect(headers["content-disposition"]).toBe('inline; filename="rencontres.ics"');

    const dst = eventForMeeting(events, DST);
    expect(dst, "la rencontre de Lens est dans le flux").toBeDefined();
    const lensDay = parisDate(meetingBySlug(DST).startsAt);
    expect(icsLine(dst!, "DTSTART")).toBe(`DTSTART;TZID=Europe/Paris:${lensDay}T093000`);
    expect(icsLine(dst!, "DTEND")).toBe(`DTEND;TZID=Europe/Paris:${lensDay}T163000`);
    expect(icsValue(dst!, "URL")).toBe(`${baseURL}/rencontres/${DST}`);

    const allDay = eventForMeeting(events, ALL_DAY)!;
    const assises = meetingBySlug(ALL_DAY);
    expect(icsLine(allDay, "DTSTART")).toBe(`DTSTART;VALUE=DATE:${parisDate(assises.startsAt)}`);
    /* The end date is exclusive: the day after the Sunday. */
    expect(icsLine(allDay, "DTEND")).toBe(`DTEND;VALUE=DATE:${parisDate(assises.endsAt)}`);

    expect(eventForMeeting(events, "brouillon-rencontre-2027")).toBeUndefined();
    for (const event of events) expect(icsValue(event, "UID")).toMatch(/^meeting-[\w-]+@irev-reseau$/);
  });

  test("les identifiants (UID) sont stables d'un téléchargement à l'autre", async ({ request }) => {
    const uids = async () => (await fetchCalendar(request, "/rencontres.ics")).events.map((event) => icsValue(event, "UID"));
    const first = await uids();
    expect(new Set(first).size).toBe(first.length);
    expect(await uids()).toEqual(first);

    const single = async () => (await fetchCalendar(request, `/rencontres/${DST}/calendrier.ics`)).events.map((event) => icsValue(event, "UID"));
    const [uid] = await single();
    expect(await single()).toEqual([uid]);
    expect(first).toContain(uid);
  });

  test("le fichier d'une rencontre se télécharge, avec son fuseau horaire", async ({ request, baseURL }) => {
    const { events, headers } = await fetchCalendar(request, `/rencontres/${DST}/calendrier.ics`);
    expect(headers["content-disposition"]).toBe(`attachment; filename="${DST}.ics"`);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(icsLine(event!, "DTSTART")).toMatch(/^DTSTART;TZID=Europe\/Paris:\d{8}T093000$/);
    expect(icsValue(event!, "URL")).toBe(`${baseURL}/rencontres/${DST}`);
    expect(icsValue(event!, "SUMMARY")).toBe("Réseau des chefs de projet politique de la ville – rencontre de printemps à Lens (62)");

    const allDay = await fetchCalendar(request, `/rencontres/${ALL_DAY}/calendrier.ics`);
    expect(icsLine(allDay.events[0]!, "DTSTART")).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);

    expect((await request.get("/rencontres/brouillon-rencontre-2027/calendrier.ics")).status()).toBe(404);
  });

  test("la page d'une rencontre propose son fichier .ics", async ({ page }) => {
    await page.goto(`/rencontres/${DST}`);
    const link = page.getByRole("region", { name: "Ajouter à mon agenda" }).getByRole("link", { name: "Télécharger l'événement (fichier .ics)" });
    await expect(link).toHaveAttribute("href", `/rencontres/${DST}/calendrier.ics`);
    const downloading = page.waitForEvent("download");
    await link.click();
    expect((await downloading).suggestedFilename()).toBe(`${DST}.ics`);
  });
});
