import { test, expect, request } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openE2eDatabase } from "./support/db";
import { isStreamedNotFound } from "./support/responses";
import { contextFor, htmlOf, redirectTarget, ROLE_ACCOUNTS as ACCOUNTS, ROLES, type RoleName } from "./support/roles";
import { documents } from "@/lib/documents/schema";

/* Roles × routes: each role gets exactly what it may, whatever the pages show. */

/** What a role gets: an HTTP status, or a redirect to a path. */
type Outcome = number | { redirect: string };

function membersOnlyDocumentPath(): string {
  const { db, sqlite } = openE2eDatabase();
  const doc = db.select().from(documents).where(and(eq(documents.visibility, "members"))).get();
  sqlite.close();
  if (!doc) throw new Error("la démonstration doit contenir un document réservé aux membres");
  return `/documents/${doc.id}/${encodeURIComponent(doc.originalFilename)}`;
}

const signIn = { redirect: "/connexion" };
const refused = { redirect: "/acces-refuse" };

/* `shows`: text only the page itself prints, absent from a refusal (by default the back office's navigation). */
const matrix: { path: string | (() => string); expected: Record<RoleName, Outcome>; shows?: string }[] = [
  { path: "/mon-espace", expected: { visitor: signIn, pending: 200, member: 200, staff: 200, admin: 200 } },
  { path: "/mon-espace/favoris", expected: { visitor: signIn, pending: refused, member: 200, staff: 200, admin: 200 }, shows: "Aucune rencontre en favori" },
  { path: "/admin", expected: { visitor: signIn, pending: refused, member: refused, staff: 200, admin: 200 } },
  { path: "/admin/membres", expected: { visitor: signIn, pending: refused, member: refused, staff: 200, admin: 200 } },
  { path: "/admin/courriels", expected: { visitor: signIn, pending: refused, member: refused, staff: 200, admin: 200 } },
  /* Staff see the back office's navigation around the refusal, never the settings. */
  { path: "/admin/parametres", expected: { visitor: signIn, pending: refused, member: refused, staff: refused, admin: 200 }, shows: "Horaires des demi-journées" },
  { path: "/admin/taches", expected: { visitor: signIn, pending: refused, member: refused, staff: refused, admin: 200 }, shows: "Dernières exécutions" },
  { path: "/api/v1/me/registrations", expected: { visitor: 401, pending: 200, member: 200, staff: 200, admin: 200 } },
  { path: "/rencontres/brouillon-rencontre-2027", expected: { visitor: 404, pending: 404, member: 404, staff: 200, admin: 200 } },
  { path: "/api/v1/events/brouillon-rencontre-2027", expected: { visitor: 404, pending: 404, member: 404, staff: 200, admin: 200 } },
  { path: "/rencontres/brouillon-rencontre-2027/calendrier.ics", expected: { visitor: 404, pending: 404, member: 404, staff: 404, admin: 404 } },
  { path: membersOnlyDocumentPath, expected: { visitor: 401, pending: 403, member: 200, staff: 200, admin: 200 } },
  { path: "/attestations/verifier?code=AAAA-BBBB-CCCC", expected: { visitor: 200, pending: 200, member: 200, staff: 200, admin: 200 } },
  /* One's own attestation only: another's number, or an unknown one, is not found. */
  { path: "/mon-espace/attestation.pdf?numero=1999-0001", expected: { visitor: 401, pending: 404, member: 404, staff: 404, admin: 404 } },
  { path: "/mon-espace/calendrier.ics?token=inconnu", expected: { visitor: 404, pending: 404, member: 404, staff: 404, admin: 404 } },
  { path: "/admin/rencontres/rencontre-reseau-places-disponibles/inscrits", expected: { visitor: signIn, pending: refused, member: refused, staff: 200, admin: 200 } },
  /* Visitors are sent to the sign-in page by the proxy first; the route itself answers 401 (see admin-access.spec.ts). */
  { path: "/admin/rencontres/rencontre-reseau-places-disponibles/inscrits/export?format=csv", expected: { visitor: signIn, pending: 403, member: 403, staff: 200, admin: 200 } },
];

for (const role of ROLES) {
  test(`droits d'accès : ${role}`, async ({ baseURL }) => {
    const context = await contextFor(role, baseURL!);
    for (const { path, expected, shows = "Tableau de bord" } of matrix) {
      const url = typeof path === "function" ? path() : path;
      const response = await context.get(url, { maxRedirects: 0 });
      const outcome = expected[role];
      const body = await htmlOf(response);
      const streamed = role !== "visitor" && response.status() === 200 && body !== "";
      if (outcome === 404 && streamed) {
        expect(isStreamedNotFound(body), `${role} → ${url}`).toBe(true);
      } else if (typeof outcome === "number") {
        expect(response.status(), `${role} → ${url}`).toBe(outcome);
      } else {
        expect(await redirectTarget(response, baseURL!), `${role} → ${url}`).toBe(outcome.redirect);
        expect(body, `${role} → ${url}`).not.toContain(shows);
      }
    }
    await context.dispose();
  });
}

test("une session dont le compte a été refusé ne donne plus accès à rien", async ({ baseURL }) => {
  const context = await contextFor("pending", baseURL!);
  const { db, sqlite } = openE2eDatabase();
  const { users } = await import("@/lib/people/schema");
  db.update(users).set({ status: "refused" }).where(eq(users.email, ACCOUNTS.pending)).run();
  try {
    expect((await context.get("/api/v1/me/registrations")).status()).toBe(401);
    const page = await context.get("/mon-espace", { maxRedirects: 0 });
    expect(await redirectTarget(page, baseURL!)).toBe("/connexion");
    expect(await htmlOf(page)).not.toContain("Mes inscriptions");
  } finally {
    db.update(users).set({ status: "active" }).where(eq(users.email, ACCOUNTS.pending)).run();
    sqlite.close();
    await context.dispose();
  }
});

test("deviner un mot de passe : après dix échecs, même le bon mot de passe est refusé pour un temps", async ({ baseURL }) => {
  const { db, sqlite } = openE2eDatabase();
  const { createUser } = await import("@/lib/people/service");
  const email = `devine-${Date.now()}@example.org`;
  await createUser(db, { email, givenName: "Cible", familyName: "Essai", password: "le-bon-mot-de-passe", role: "member", emailVerified: new Date() });
  sqlite.close();

  /** Signs in from a fresh browser-less client; true when a session was opened. */
  const attempt = async (password: string) => {
    const context = await request.newContext({ baseURL });
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
    const signedIn = (await context.storageState()).cookies.some((c) => c.name === "authjs.session-token");
    await context.dispose();
    return signedIn;
  };
  expect(await attempt("le-bon-mot-de-passe")).toBe(true);
  for (let i = 0; i < 10; i++) expect(await attempt(`mauvais-${i}`)).toBe(false);
  expect(await attempt("le-bon-mot-de-passe")).toBe(false);
});
