import type { APIRequestContext, APIResponse } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { createUsersWithTokens, type TestUser } from "./support/db";
import { liveRegistrations, meetingBySlug, testDb } from "./support/data";

/* The JSON API v1: its OpenAPI description, the events, and registering by token. */

const OPEN = "rencontre-reseau-places-disponibles";

type ErrorJson = { error: { code: string; message: string; fields?: Record<string, string> } };
type EventSummaryJson = { slug: string; kind: string; starts_at: string; venue: { postcode: string | null }; themes: { slug: string }[] };
type EventsPageJson = { events: EventSummaryJson[]; pagination: { page: number; per_page: number; total: number } };

function bearer(user: TestUser) {
  return { Authorization: `Bearer ${user.token}` };
}

function oneUser(role: "member" | "pending" = "member"): TestUser {
  return createUsersWithTokens(testDb(), 1, { role, label: `api-${role}` })[0]!;
}

/** An error answer: JSON, with a stable code and a French message. */
async function expectError(response: APIResponse, status: number, code: string): Promise<ErrorJson["error"]> {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[a-zà-ÿ]/);
  return body.error;
}

async function events(request: APIRequestContext, query: string): Promise<EventsPageJson> {
  const response = await request.get(`/api/v1/events${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as EventsPageJson;
}

test.describe("API v1", () => {
  test("GET /api/v1/openapi.json décrit l'API en OpenAPI 3.1", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/v1/events", "/api/v1/events/{slug}", "/api/v1/events/{slug}/registration", "/api/v1/me/registrations"]),
    );
    expect(Object.keys(document.paths["/api/v1/events/{slug}/registration"]!)).toEqual(expect.arrayContaining(["post", "delete"]));
  });

  test("la liste des rencontres se filtre et se pagine", async ({ request }) => {
    const upcoming = await events(request, "");
    expect(upcoming.pagination).toMatchObject({ page: 1, per_page: 20 });
    const starts = upcoming.events.map((e) => e.starts_at);
    expect(starts).toEqual([...starts].sort());
    expect(upcoming.events.map((e) => e.slug)).not.toContain("brouillon-rencontre-2027");

    const regional = await events(request, "?kind=journee_regionale");
    expect(regional.events.map((e) => e.slug)).toEqual(["journee-regionale-complete", "assises-participation-citoyenne"]);

    const somme = await events(request, "?department=80");
    expect(somme.events.length).toBeGreaterThan(0);
    for (const event of somme.events) expect(event.venue.postcode).toMatch(/^80/);

    const year2017 = await events(request, "?when=2017");
    expect(year2017.events.map((e) => e.slug)).toEqual([
      "reseau-chefs-de-projet-lillers-14-decembre-2017",
      "reseau-chefs-de-projet-noyon-11-mai-2017",
      "assemblee-generale-gip-irev-24-mars-2017",
    ]);

    const page1 = await events(request, "?per_page=2");
    const page2 = await events(request, "?per_page=2&page=2");
    expect(page1.events).toHaveLength(2);
    expect(page2.events).toHaveLength(2);
    expect(page2.pagination).toEqual({ page: 2, per_page: 2, total: upcoming.pagination.total });
    expect(page2.events.map((e) => e.slug)).toEqual(upcoming.events.slice(2, 4).map((e) => e.slug));

    const invalid = await expectError(await request.get("/api/v1/events?per_page=0&kind=soiree"), 422, "validation_failed");
    expect(invalid.fields).toMatchObject({
      per_page: "Le nombre de résultats par page doit être compris entre 1 et 100.",
      kind: expect.stringMatching(/^Type de rencontre inconnu/),
    });
  });

  test("la liste des rencontres se filtre par thématique", async ({ request }) => {
    const health = await events(request, "?theme=sante&when=past");
    expect(health.events.map((e) => e.slug)).toEqual(["jeudi-de-la-ville-11-decembre-2014-contrat-de-ville-quels-moyens"]);
    const upcomingHealth = await events(request, "?theme=sante");
    expect(upcomingHealth.events.map((e) => e.slug)).toEqual(["rencontre-reseau-heure-d-ete"]);
  });

  test("le détail d'une rencontre donne son programme et ses places restantes", async ({ request }) => {
    const response = await request.get(`/api/v1/events/${OPEN}`);
    expect(response.status()).toBe(200);
    const event = await response.json();
    expect(event).toMatchObject({ slug: OPEN, capacity: 30, time_zone: "Europe/Paris", all_day: false, audience: "public" });
    expect(event.seats_left).toBe(30 - event.registration_counts.confirmed);
    expect(event.agenda).toHaveLength(4);
    expect(event.agenda[1]).toMatchObject({
      kind: "intervention",
      title: "Point d'actus national et régional",
      speakers: [{ name: "Étienne Équipe", function: "Chargé de mission animation du réseau", organisation: "IREV" }],
    });
    expect(event.questions.map((q: { id: string }) => q.id)).toEqual(["regime", "accessibilite"]);

    await expectError(await request.get("/api/v1/events/cette-rencontre-n-existe-pas"), 404, "not_found");
    await expectError(await request.get("/api/v1/events/brouillon-rencontre-2027"), 404, "not_found");
  });

  test("s'inscrire sans être authentifié : 401 en JSON, message en français", async ({ request }) => {
    const response = await request.post(`/api/v1/events/${OPEN}/registration`, { data: {} });
    const error = await expectError(response, 401, "unauthenticated");
    expect(error.message).toBe("Authentification requise : connectez-vous ou envoyez un jeton d'accès (en-tête « Authorization: Bearer … »).");
    expect(response.headers()["www-authenticate"]).toMatch(/^Bearer /);

    await expectError(
      await request.post(`/api/v1/events/${OPEN}/registration`, { headers: { Authorization: "Bearer irev_pas-un-vrai-jeton" }, data: {} }),
      401,
      "unauthenticated",
    );
  });

  test("les refus : réservée aux membres (403), réponses invalides (422), inscriptions closes (409), inconnue (404)", async ({ request }) => {
    const pending = oneUser("pending");
    const member = oneUser("member");

    const forbidden = await expectError(
      await request.post("/api/v1/events/atelier-reserve-aux-membres/registration", { headers: bearer(pending), data: {} }),
      403,
      "forbidden",
    );
    expect(forbidden.message).toBe("Les jetons d'API sont réservés aux membres validés du réseau.");

    const invalid = await expectError(
      await request.post("/api/v1/events/cycle-qualification-sur-validation/registration", {
        headers: bearer(member),
        data: { answers: { accessibilite: "Rampe d'accès" } },
      }),
      422,
      "validation_failed",
    );
    expect(invalid.fields).toEqual({ "answers.motivation": "Veuillez répondre à « Vos motivations pour suivre ce cycle »." });

    const unknownKey = await expectError(
      await request.post(`/api/v1/events/${OPEN}/registration`, { headers: bearer(member), data: { places: 3 } }),
      422,
      "validation_failed",
    );
    expect(unknownKey.fields).toEqual({ places: "Champ inconnu : « places »." });

    const unaskedQuestion = await expectError(
      await request.post(`/api/v1/events/${OPEN}/registration`, { headers: bearer(member), data: { answers: { parking: "oui" } } }),
      422,
      "validation_failed",
    );
    expect(Object.keys(unaskedQuestion.fields ?? {})).toEqual(["answers.parking"]);

    const closedEvent = await (await request.get("/api/v1/events/visite-inscriptions-closes")).json();
    expect(closedEvent.registration).toMatchObject({ state: "closed", state_label: "Inscriptions closes" });

    const closed = await expectError(
      await request.post("/api/v1/events/visite-inscriptions-closes/registration", { headers: bearer(member), data: {} }),
      409,
      "registration_closed",
    );
    expect(closed.message).toMatch(/^Les inscriptions sont closes depuis le /);

    await expectError(
      await request.post("/api/v1/events/reseau-chefs-de-projet-noyon-11-mai-2017/registration", { headers: bearer(member), data: {} }),
      409,
      "meeting_past",
    );
    await expectError(await request.post("/api/v1/events/cette-rencontre-n-existe-pas/registration", { headers: bearer(member), data: {} }), 404, "not_found");
    await expectError(await request.post("/api/v1/events/brouillon-rencontre-2027/registration", { headers: bearer(member), data: {} }), 404, "not_found");

    expect(liveRegistrations(meetingBySlug("cycle-qualification-sur-validation").id, member.id)).toHaveLength(0);
  });

  test("s'inscrire, soumettre à nouveau, lister, puis annuler par DELETE", async ({ request }) => {
    const member = oneUser("member");
    const url = `/api/v1/events/${OPEN}/registration`;

    const created = await request.post(url, { headers: bearer(member), data: { answers: { regime: "Sans gluten" }, consent: true } });
    expect(created.status()).toBe(201);
    const registration = await created.json();
    expect(registration).toMatchObject({ status: "confirmed", waitlist_position: null, answers: { regime: "Sans gluten" }, cancelled_at: null });
    expect(registration.event).toMatchObject({ slug: OPEN, time_zone: "Europe/Paris" });

    const again = await request.post(url, { headers: bearer(member), data: {} });
    expect(again.status()).toBe(200);
    expect((await again.json()).id).toBe(registration.id);
    expect(liveRegistrations(meetingBySlug(OPEN).id, member.id)).toHaveLength(1);

    const mine = await request.get("/api/v1/me/registrations", { headers: bearer(member) });
    expect((await mine.json()).registrations.map((r: { id: string }) => r.id)).toEqual([registration.id]);

    const deleted = await request.delete(url, { headers: bearer(member) });
    expect(deleted.status()).toBe(200);
    expect(await deleted.json()).toMatchObject({ id: registration.id, status: "cancelled", cancelled_at: expect.any(String) });
    expect(liveRegistrations(meetingBySlug(OPEN).id, member.id)).toHaveLength(0);
    expect((await (await request.get("/api/v1/me/registrations", { headers: bearer(member) })).json()).registrations).toEqual([]);

    await expectError(await request.delete(url, { headers: bearer(member) }), 409, "not_registered");
  });
});
