import { describe, it, expect, beforeAll, beforeEach, vi } from "vitest";
import { z } from "zod";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { DomainError } from "@/lib/errors";
import { createApiToken } from "@/lib/api-tokens/service";
import { meetings, type MeetingQuestion } from "@/lib/meetings/schema";
import { users, type Role } from "@/lib/people/schema";
import { register } from "@/lib/registrations/service";
import { apiRoute, errorResponse, MAX_JSON_BODY_BYTES, validate } from "./handler";
import { openApiDocument } from "./openapi";
import { EventsQuery, RegistrationBody, type ErrorBody } from "./schemas";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as getEvent } from "@/app/api/v1/events/[slug]/route";
import { POST as registerRoute, DELETE as cancelRoute } from "@/app/api/v1/events/[slug]/registration/route";
import { GET as myRegistrations } from "@/app/api/v1/me/registrations/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as unknownGet, POST as unknownPost } from "@/app/api/v1/[...path]/route";
import { GET as undecodableGet } from "@/app/api/requete-invalide/route";

const state = vi.hoisted(() => ({ db: undefined as unknown, sessionUserId: null as string | null }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (state.sessionUserId ? { user: { id: state.sessionUserId }, expires: "2999-01-01T00:00:00.000Z" } : null),
}));

const DIETARY: MeetingQuestion = { id: "regime", label: "Régime alimentaire", kind: "text", required: true };
const IN_A_MONTH = Date.now() + 30 * 24 * 3600 * 1000;

let db: Db;
const people: Record<string, { id: string; token: string }> = {};

/** A person with a token, made while they were a member (only members create tokens), then given their role. */
function createPerson(name: string, role: Role) {
  const user = db.insert(users).values({ email: `${name}@example.org`, name, role: "member" }).returning().get();
  people[name] = { id: user.id, token: createApiToken(db, user.id, "tests").token };
  db.update(users).set({ role }).where(eq(users.id, user.id)).run();
  return people[name];
}

function createMeeting(slug: string, values: Partial<typeof meetings.$inferInsert> = {}): string {
  return insertMeeting(db, {
    slug,
    startsAt: new Date(IN_A_MONTH),
    endsAt: new Date(IN_A_MONTH + 6 * 3600 * 1000),
    venueName: "Salle des fêtes",
    venuePostcode: "60400",
    venueCity: "Noyon",
    registrationOpensAt: null,
    registrationClosesAt: null,
    ...values,
  }).id;
}

type Call = { token?: string; body?: string; headers?: Record<string, string> };

function call(url: string, method: string, { token, body, headers = {} }: Call = {}) {
  return new Request(`http://localhost${url}`, {
    method,
    body,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

const JSON_HEADERS = { "Content-Type": "application/json" };
const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });
const noParams = { params: Promise.resolve({}) };

function postRegistration(slug: string, options: Call = {}) {
  return registerRoute(call(`/api/v1/events/${slug}/registration`, "POST", { headers: JSON_HEADERS, ...options }), slugContext(slug));
}

async function errorOf(response: Response): Promise<ErrorBody["error"]> {
  return ((await response.json()) as ErrorBody).error;
}

beforeAll(() => {
  db = freshDatabase();
  state.db = db;
  createPerson("pending", "pending");
  createPerson("member", "member");
  createPerson("other", "member");
  createPerson("staff", "staff");
  createMeeting("ouverte", { questions: [DIETARY], capacity: 30 });
  createMeeting("membres", { audience: "members" });
  createMeeting("brouillon", { status: "draft" });
  const full = createMeeting("complete", { capacity: 1, waitlistEnabled: false });
  register(db, { meetingId: full, userId: people.other!.id });
});

beforeEach(() => {
  state.sessionUserId = null;
});

describe("errorResponse", () => {
  it("maps a DomainError to its status, code, French message and fields", async () => {
    const response = errorResponse(new DomainError("validation_failed", "À corriger.", { "answers.regime": "Veuillez répondre." }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: { code: "validation_failed", message: "À corriger.", fields: { "answers.regime": "Veuillez répondre." } },
    });
  });

  it("leaves out empty fields and names the scheme on a 401", async () => {
    const response = errorResponse(new DomainError("unauthenticated", "Connectez-vous."));
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Connectez-vous." } });
  });

  it("turns anything else into a logged 500 that reveals nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error("SQLITE_CORRUPT: secret details"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal_error", message: "Erreur interne." } });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("is what apiRoute answers when a handler throws", async () => {
    const route = apiRoute(async () => {
      throw new DomainError("conflict", "Déjà fait.");
    });
    const response = await route(call("/api/v1/x", "GET", { token: "irev_x" }), noParams);
    expect(response.status).toBe(409);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("validate", () => {
  function fieldsOf(schema: z.ZodType, input: unknown) {
    try {
      validate(schema, input);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("validation_failed");
      return (error as DomainError).fieldErrors;
    }
    throw new Error("validation should have failed");
  }

  it("coerces the query string and applies defaults", () => {
    expect(validate(EventsQuery, { page: "2", when: "2017", department: "60" })).toEqual({
      page: 2,
      per_page: 20,
      when: 2017,
      department: "60",
    });
    expect(validate(EventsQuery, {})).toMatchObject({ when: "upcoming", page: 1, per_page: 20 });
  });

  it("refuses out-of-range query parameters with a French message per field", () => {
    const fields = fieldsOf(EventsQuery, { per_page: "500", page: "0", kind: "fete", department: "75", when: "bientot" });
    expect(Object.keys(fields).sort()).toEqual(["department", "kind", "page", "per_page", "when"]);
    expect(fields.per_page).toBe("Le nombre de résultats par page doit être compris entre 1 et 100.");
  });

  it("refuses unknown keys and non-text answers in a registration", () => {
    expect(fieldsOf(RegistrationBody, { answers: { regime: 3 }, consent: "oui", extra: 1 })).toEqual({
      "answers.regime": "La réponse doit être un texte, ou une liste de textes pour un choix multiple.",
      consent: "Le consentement doit valoir true ou false.",
      extra: "Champ inconnu : « extra ».",
    });
  });

  it("refuses a body that is not an object", () => {
    expect(Object.keys(fieldsOf(RegistrationBody, ["regime"]))).toEqual(["body"]);
  });
});

describe("POST /api/v1/events/{slug}/registration", () => {
  it("answers 401 to a visitor", async () => {
    const response = await postRegistration("ouverte", { body: "{}" });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("unauthenticated");
  });

  it("answers 401 to a revoked or made-up token", async () => {
    const response = await postRegistration("ouverte", { token: "irev_inconnu", body: "{}" });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({ code: "unauthenticated", message: "Jeton d'accès invalide ou révoqué." });
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await postRegistration("ouverte", { token: people.member!.token, body: "{answers:" });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ code: "bad_request", message: "Le corps de la requête n'est pas un JSON valide." });
  });

  it("answers 413 to a body declared larger than 64 KiB, before reading it", async () => {
    const request = call("/api/v1/events/ouverte/registration", "POST", {
      token: people.member!.token,
      headers: { ...JSON_HEADERS, "Content-Length": String(MAX_JSON_BODY_BYTES + 1) },
      body: "{}",
    });
    const response = await registerRoute(request, slugContext("ouverte"));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("payload_too_large");
  });

  it("answers 413 to an undeclared body that grows past 64 KiB, and stops reading it", async () => {
    let chunksPulled = 0;
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksPulled += 1;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/api/v1/events/ouverte/registration", {
      method: "POST",
      headers: { Authorization: `Bearer ${people.member!.token}`, ...JSON_HEADERS },
      body: endless,
      duplex: "half",
    } as RequestInit);
    const response = await registerRoute(request, slugContext("ouverte"));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("payload_too_large");
    expect(chunksPulled).toBeLessThan(10);
  });

  it("reads a body of exactly 64 KiB", async () => {
    const json = JSON.stringify({ answers: { regime: "Végétarien" } });
    const body = json + " ".repeat(MAX_JSON_BODY_BYTES - Buffer.byteLength(json));
    const response = await postRegistration("ouverte", { token: people.other!.token, body });
    expect(response.status).toBe(201);
  });

  it("answers 403 to a pending account on a members-only meeting", async () => {
    state.sessionUserId = people.pending!.id;
    const response = await postRegistration("membres");
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: "forbidden", message: expect.stringContaining("réservée aux membres") });
  });

  it("answers 403 to the token of an account that is not (or no longer) a member", async () => {
    const response = await postRegistration("ouverte", { token: people.pending!.token, body: JSON.stringify({ answers: { regime: "Aucun" } }) });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toEqual({ code: "forbidden", message: "Les jetons d'API sont réservés aux membres validés du réseau." });
  });

  it("answers 404 to an unknown slug and to a draft", async () => {
    for (const slug of ["inconnue", "brouillon"]) {
      const response = await postRegistration(slug, { token: people.member!.token });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("not_found");
    }
  });

  it("answers 409 when the meeting is full and has no waitlist", async () => {
    const response = await postRegistration("complete", { token: people.member!.token });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe("meeting_full");
  });

  it("answers 422 with the field of a missing required answer", async () => {
    const response = await postRegistration("ouverte", { token: people.member!.token, body: JSON.stringify({ answers: {} }) });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("validation_failed");
    expect(error.fields?.["answers.regime"]).toBe("Veuillez répondre à « Régime alimentaire ».");
  });

  it("answers 422 naming an answer to a question the meeting does not ask", async () => {
    const body = JSON.stringify({ answers: { regime: "Végétarien", parking: "oui" } });
    const response = await postRegistration("ouverte", { token: people.member!.token, body });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {})).toEqual(["answers.parking"]);
  });

  it("creates with 201, then answers 200 with the same registration", async () => {
    const body = JSON.stringify({ answers: { regime: "Végétarien" }, consent: true });
    const first = await postRegistration("ouverte", { token: people.member!.token, body });
    expect(first.status).toBe(201);
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const created = await first.json();
    expect(created).toMatchObject({
      status: "confirmed",
      waitlist_position: null,
      answers: { regime: "Végétarien" },
      event: { slug: "ouverte", time_zone: "Europe/Paris", all_day: false },
    });
    const again = await postRegistration("ouverte", { token: people.member!.token, body });
    expect(again.status).toBe(200);
    const repeated = await again.json();
    expect(repeated.id).toBe(created.id);
    /* The code shown at the door, the same on every answer about this registration. */
    expect(created.code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(repeated.code).toBe(created.code);
  });

  it("waitlists beyond capacity however many ask at once", async () => {
    createMeeting("petite", { capacity: 5 });
    const tokens = Array.from({ length: 20 }, (_, i) => createPerson(`foule${i}`, "member").token);
    const responses = await Promise.all(tokens.map((token) => postRegistration("petite", { token })));
    expect(responses.map((r) => r.status)).toEqual(tokens.map(() => 201));
    const registrations = await Promise.all(responses.map((r) => r.json()));
    expect(registrations.filter((r) => r.status === "confirmed")).toHaveLength(5);
    const positions = registrations.filter((r) => r.status === "waitlisted").map((r) => r.waitlist_position);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  describe("with the session cookie", () => {
    it("requires Content-Type: application/json against CSRF", async () => {
      state.sessionUserId = people.staff!.id;
      const request = call("/api/v1/events/ouverte/registration", "POST", {
        body: "answers=x",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      const response = await registerRoute(request, slugContext("ouverte"));
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe("bad_request");
    });

    it("registers with a JSON request", async () => {
      state.sessionUserId = people.staff!.id;
      const response = await postRegistration("ouverte", { body: JSON.stringify({ answers: { regime: "Aucun" } }) });
      expect(response.status).toBe(201);
    });
  });
});

describe("DELETE /api/v1/events/{slug}/registration", () => {
  it("cancels, then answers 409 when there is nothing left to cancel", async () => {
    createPerson("annule", "member");
    const cancel = () => cancelRoute(call("/api/v1/events/ouverte/registration", "DELETE", { token: people.annule!.token }), slugContext("ouverte"));
    await postRegistration("ouverte", { token: people.annule!.token, body: JSON.stringify({ answers: { regime: "Aucun" } }) });
    const response = await cancel();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "cancelled", event: { slug: "ouverte" } });
    const again = await cancel();
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe("not_registered");
  });

  it("answers 409 cancellation_closed past the meeting's online cancellation deadline, the registration kept", async () => {
    createPerson("tardif", "member");
    await postRegistration("ouverte", { token: people.tardif!.token, body: JSON.stringify({ answers: { regime: "Aucun" } }) });
    db.update(meetings).set({ cancellationDeadline: new Date(Date.now() - 60_000) }).where(eq(meetings.slug, "ouverte")).run();
    try {
      const response = await cancelRoute(call("/api/v1/events/ouverte/registration", "DELETE", { token: people.tardif!.token }), slugContext("ouverte"));
      expect(response.status).toBe(409);
      const error = await errorOf(response);
      expect(error.code).toBe("cancellation_closed");
      expect(error.message).toMatch(/^L'annulation en ligne était possible jusqu'au .+ à .+\. Pour vous désinscrire, écrivez à l'IREV\u00a0: contact@example\.org\.$/);
      const mine = await (await myRegistrations(call("/api/v1/me/registrations", "GET", { token: people.tardif!.token }), noParams)).json();
      expect(mine.registrations.map((r: { status: string }) => r.status)).toEqual(["confirmed"]);
    } finally {
      db.update(meetings).set({ cancellationDeadline: null }).where(eq(meetings.slug, "ouverte")).run();
    }
  });
});

describe("GET /api/v1/events and /api/v1/events/{slug}", () => {
  it("lists published meetings with pagination, drafts only for staff", async () => {
    const visitor = await (await listEvents(call("/api/v1/events?per_page=2", "GET"), noParams)).json();
    expect(visitor.pagination).toEqual({ page: 1, per_page: 2, total: 4 });
    expect(visitor.events).toHaveLength(2);
    const staff = await (await listEvents(call("/api/v1/events?per_page=100", "GET", { token: people.staff!.token }), noParams)).json();
    expect(staff.pagination.total).toBe(5);
  });

  it("gives each event the registration state the site shows", async () => {
    const page = await (await listEvents(call("/api/v1/events", "GET"), noParams)).json();
    const states = Object.fromEntries(
      (page.events as { slug: string; registration: { state: string; state_label: string | null } }[]).map((e) => [e.slug, e.registration]),
    );
    expect(states.complete).toEqual(expect.objectContaining({ state: "full", state_label: "Complet" }));
    expect(states.ouverte?.state).toBe("open");
    expect(states.ouverte?.state_label).toMatch(/^\d+ places restantes$/);
  });

  it("answers 422 to a bad filter", async () => {
    const response = await listEvents(call("/api/v1/events?department=75", "GET"), noParams);
    expect(response.status).toBe(422);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toEqual(["department"]);
  });

  it("gives the detail with questions and seats left, and 404 for unknown slugs and drafts", async () => {
    const detail = await (await getEvent(call("/api/v1/events/ouverte", "GET"), slugContext("ouverte"))).json();
    expect(detail).toMatchObject({ slug: "ouverte", capacity: 30, questions: [{ id: "regime", required: true }], agenda: [], documents: [] });
    expect(detail.seats_left).toBe(30 - detail.registration_counts.confirmed);
    for (const slug of ["inconnue", "brouillon"]) {
      const response = await getEvent(call(`/api/v1/events/${slug}`, "GET", { token: people.member!.token }), slugContext(slug));
      expect(response.status).toBe(404);
    }
  });
});

describe("GET /api/v1/me/registrations", () => {
  it("answers 401 to a visitor and lists the caller's registrations", async () => {
    expect((await myRegistrations(call("/api/v1/me/registrations", "GET"), noParams)).status).toBe(401);
    const response = await myRegistrations(call("/api/v1/me/registrations", "GET", { token: people.member!.token }), noParams);
    expect(response.status).toBe(200);
    const { registrations } = await response.json();
    expect(registrations.map((r: { event: { slug: string } }) => r.event.slug)).toEqual(["ouverte"]);
    expect(registrations[0].code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  });
});

describe("addresses no route serves", () => {
  it("answer a JSON 404 under /api/v1/ and a JSON 400 when undecodable, whatever the method", async () => {
    const context = { params: Promise.resolve({ path: ["inconnu"] }) };
    for (const response of [await unknownGet(call("/api/v1/inconnu", "GET"), context), await unknownPost(call("/api/v1/inconnu", "POST"), context)]) {
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("not_found");
    }
    const undecodable = await undecodableGet(call("/api/requete-invalide", "GET"), noParams);
    expect(undecodable.status).toBe(400);
    expect((await errorOf(undecodable)).code).toBe("bad_request");
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1.0 with every path, security scheme and error response", async () => {
    const response = await openApiRoute(call("/api/v1/openapi.json", "GET"), noParams);
    const document = await response.json();
    expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/documents",
      "/api/v1/documents/{id}/attachments",
      "/api/v1/events",
      "/api/v1/events/{slug}",
      "/api/v1/events/{slug}/registration",
      "/api/v1/me/registrations",
      "/api/v1/openapi.json",
      "/api/v1/reports",
      "/api/v1/reports/{slug}",
      "/api/v1/search",
    ]);
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["bearerAuth", "sessionCookie"]);
    expect(Object.keys(document.paths["/api/v1/events/{slug}/registration"].post.responses).sort()).toEqual(
      ["200", "201", "400", "401", "403", "404", "409", "413", "422", "500"],
    );
    const upload = document.paths["/api/v1/documents"].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(["multipart/form-data"]);
    expect(upload.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(upload.responses).sort()).toEqual(["201", "400", "401", "403", "413", "415", "422", "500"]);
  });
});
