import type { APIResponse } from "@playwright/test";
import { test, expect } from "./support/fixtures";

/* Addresses that cannot be decoded, and unknown API addresses: a clear answer with the usual security headers. */

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
}

test.describe("Adresses mal formées", () => {
  for (const path of ["/api/v1/events/%ff%fe", "/api/v1/events/%", "/api/v1/events/%C3/registration"]) {
    test(`${path} : 400 en JSON`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: { code: "bad_request" } });
      expectSecurityHeaders(response);
    });
  }

  for (const path of ["/rencontres/%", "/documents/%/x", "/rencontres/%ff%fe"]) {
    test(`${path} : 400 et la page d'erreur en français`, async ({ page, request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(/^text\/html/);
      expectSecurityHeaders(response);

      const visit = await page.goto(path);
      expect(visit?.status()).toBe(400);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse invalide");
    });
  }

  test("une adresse inconnue sous /api/v1/ : 404 en JSON, quelle que soit la méthode", async ({ request }) => {
    for (const response of [
      await request.get("/api/v1/n-existe-pas"),
      await request.get("/api/v1/events/rencontre-reseau-places-disponibles/inconnu"),
      await request.post("/api/v1/inconnu", { data: {} }),
    ]) {
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
      expectSecurityHeaders(response);
    }
  });
});
