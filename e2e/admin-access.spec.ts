import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { count } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { openE2eDatabase } from "./support/db";
import { contextFor, htmlOf, redirectTarget, ROLES, type RoleName } from "./support/roles";
import { auditLog } from "@/lib/audit/schema";
import { organisations } from "@/lib/organisations/schema";
import { documents } from "@/lib/documents/schema";
import { reports } from "@/lib/publications/schema";

/*
 * The back office's access matrix, taken from the build itself so that no page, route or server action added later
 * escapes it: every /admin page and route handler of the build × every role, and every server action of app/admin
 * called straight over HTTP × every role. Then all again with a forged `x-middleware-subrequest` header, which once
 * let requests skip Next's middleware (CVE-2025-29927): access is decided where data is read, so nothing changes.
 */

const BUILD = path.join(process.cwd(), ".next", "server");
/* Reserved to administrators; every other page of the back office is for staff and administrators. */
const ADMIN_ONLY = /^\/admin\/(journal|parametres|taches)(\/|$)/;
/* A meeting every back-office page of one meeting can show: a draft of the demo content. */
const DRAFT_MEETING = "brouillon-rencontre-2027";
const FORGED_HEADERS = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" };

/* Actions reserved to administrators on pages staff may see. */
const ADMIN_ONLY_ACTIONS = new Set(["app/admin/membres/actions.ts changeRoleAction"]);

function allowed(role: RoleName, route: string, action?: string): boolean {
  return role === "admin" || (role === "staff" && !ADMIN_ONLY.test(route) && !ADMIN_ONLY_ACTIONS.has(action ?? ""));
}

/** The id of the first demo record of a table, in a stable order. */
function firstId(table: typeof organisations | typeof reports | typeof documents, order: SQLiteColumn, what: string): string {
  const { db, sqlite } = openE2eDatabase();
  const record = db.select({ id: table.id }).from(table).orderBy(order).get();
  sqlite.close();
  if (!record) throw new Error(`la démonstration doit contenir des ${what}`);
  return record.id;
}

/** A route of the build as a path to request, its parameters filled with demo records; a new parameter must be added here. */
function concrete(route: string): string {
  return route.replace(/\[[^\]]+\]/g, (param) => {
    if (route.startsWith("/admin/rencontres/") && param === "[slug]") return DRAFT_MEETING;
    if (route.startsWith("/admin/organisations/") && param === "[id]") return firstId(organisations, organisations.name, "organisations");
    if (route.startsWith("/admin/ressources/") && param === "[id]") return firstId(reports, reports.slug, "comptes rendus");
    if (route.startsWith("/admin/documents/") && param === "[id]") return firstId(documents, documents.title, "documents");
    throw new Error(`paramètre ${param} de ${route} : donnez-lui une valeur de démonstration dans concrete()`);
  });
}

type BuiltRoute = { route: string; handler: boolean };

/* The parts of the back office this matrix covers page by page; e2e/roles.spec.ts covers the others. */
const MATRIX_ROUTES = /^\/admin\/(rencontres|thematiques|organisations|ressources|documents|journal)(\/|$)/;

/* Route handlers that need a query naming what to print (a half-day, an attestation's number) or attestations issued:
   allowed callers reach them and get "not found" for the draft meeting. */
const QUERY_HANDLERS = /\/presence\/(emargement\.pdf|attestation\.pdf|attestations\.zip)$/;

/** Route handlers that receive a PDF and answer nothing else. */
const UPLOAD_HANDLERS = /\/televerser$/;

/** The check-in page's JSON routes: marks and walk-ins (POST), one person's accessibility needs (GET). */
const CHECK_IN_HANDLERS = /\/emargement\/(marquages|sur-place|besoins|liste)$/;

/** Every page and route handler of these parts in the build (app-paths-manifest: "/admin/x/page", "/admin/x/route"). */
function backOfficeRoutes(): BuiltRoute[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => MATRIX_ROUTES.test(key))
    .map((key) => ({ route: key.replace(/\/(page|route)$/, "") || "/", handler: key.endsWith("/route") }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

type BuiltAction = { id: string; name: string; page: string };

/** Every server action defined under app/admin, with a page of the back office that carries it. */
function backOfficeActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .filter(([, action]) => action.filename.startsWith("app/admin/"))
    .map(([id, action]) => {
      /* The page with the fewest parameters to fill in. */
      const worker = Object.keys(action.workers)
        .filter((name) => name.startsWith("app/admin") && name.endsWith("/page"))
        .sort((a, b) => a.split("[").length - b.split("[").length)[0];
      if (!worker) throw new Error(`${action.filename} ${action.exportedName} : aucune page du back-office ne porte cette action`);
      return { id, name: `${action.filename} ${action.exportedName}`, page: worker.replace(/^app/, "").replace(/\/page$/, "") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Calls a server action as the browser does: the action id in `Next-Action`, the arguments encoded by React
 * (`[previousState, FormData]`, the form's fields under the "1_" prefix). The form is empty: a refused caller is
 * refused before the form is read, an allowed one gets the form's validation messages.
 */
async function callAction(context: APIRequestContext, action: BuiltAction): Promise<APIResponse> {
  return context.post(concrete(action.page), {
    headers: { "Next-Action": action.id, Accept: "text/x-component" },
    multipart: { "0": JSON.stringify([{}, "$K1"]), "1_vide": "" },
    maxRedirects: 0,
  });
}

function auditRows(): number {
  const { db, sqlite } = openE2eDatabase();
  const rows = db.select({ n: count() }).from(auditLog).get()!.n;
  sqlite.close();
  return rows;
}

const SIGNED_OUT = /Votre session a expiré/;
const FORBIDDEN = /Vous n.avez pas les droits nécessaires/;

for (const forged of [false, true]) {
  const variant = forged ? " (en-tête x-middleware-subrequest forgé)" : "";

  for (const role of ROLES) {
    test(`back-office, pages et routes : ${role}${variant}`, async ({ baseURL }) => {
      const routes = backOfficeRoutes();
      expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(["/admin/rencontres", "/admin/rencontres/[slug]", "/admin/journal"]));
      const context = await contextFor(role, baseURL!, forged ? FORGED_HEADERS : undefined);
      for (const { route, handler } of routes) {
        const url = concrete(route);
        const where = `${role} → ${url}`;
        if (UPLOAD_HANDLERS.test(route)) {
          /* Uploads take a POST only: refused callers before the body is read, allowed ones on the missing file. */
          const upload = await context.post(url, { headers: { "X-Requested-With": "XMLHttpRequest" }, multipart: { vide: "" }, maxRedirects: 0 });
          if (allowed(role, route)) expect([400, 422], where).toContain(upload.status());
          else expect([401, 403], where).toContain(upload.status());
          continue;
        }
        if (CHECK_IN_HANDLERS.test(route)) {
          /* Refused callers before anything is read; allowed ones get the roster, or are answered on the empty mark, walk-in or unknown registration. */
          const headers = { "X-Requested-With": "emargement" };
          const roster = route.endsWith("/liste");
          const answer = roster
            ? await context.get(url, { headers, maxRedirects: 0 })
            : route.endsWith("/besoins")
              ? await context.get(`${url}?inscription=inconnue`, { headers, maxRedirects: 0 })
              : await context.post(url, { headers, data: {}, maxRedirects: 0 });
          if (allowed(role, route)) expect(roster ? [200] : [404, 422], where).toContain(answer.status());
          else expect([401, 403, 307], where).toContain(answer.status());
          continue;
        }
        const response = await context.get(url, { maxRedirects: 0 });
        if (allowed(role, route)) {
          expect(response.status(), where).toBe(QUERY_HANDLERS.test(route) ? 404 : 200);
          expect(await redirectTarget(response, baseURL!), where).toBeNull();
        } else if (handler) {
          expect([401, 403, 307], where).toContain(response.status());
        } else {
          expect(await redirectTarget(response, baseURL!), where).toBe(role === "visitor" ? "/connexion" : "/acces-refuse");
          /* Nothing of the refused page: visitors and members do not even get the back office's navigation. */
          if (role !== "staff") expect(await htmlOf(response), where).not.toContain("Tableau de bord");
        }
      }
      await context.dispose();
    });

    test(`back-office, actions serveur : ${role}${variant}`, async ({ baseURL }) => {
      const actions = backOfficeActions();
      expect(actions.length).toBeGreaterThan(5);
      const context = await contextFor(role, baseURL!, forged ? FORGED_HEADERS : undefined);
      const before = auditRows();
      for (const action of actions) {
        const response = await callAction(context, action);
        const where = `${role} → ${action.name}`;
        const body = await response.text();
        if (allowed(role, action.page, action.name)) {
          expect(response.status(), where).toBe(200);
          expect(body, where).not.toMatch(FORBIDDEN);
          expect(body, where).not.toMatch(SIGNED_OUT);
        } else if (response.status() === 307 && role === "visitor") {
          /* The proxy sent the signed-out caller to the sign-in page before the action ran. */
          expect(new URL(response.headers().location!, baseURL).pathname, where).toBe("/connexion");
        } else {
          expect(body, where).toMatch(role === "visitor" ? SIGNED_OUT : FORBIDDEN);
        }
      }
      /* Whatever they sent, callers without the role wrote nothing. */
      if (role !== "admin" && role !== "staff") expect(auditRows()).toBe(before);
      await context.dispose();
    });
  }
}
