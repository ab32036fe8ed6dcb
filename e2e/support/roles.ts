import { expect, request, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "./data";

/* Requests straight to the server (no browser), signed in through Auth.js with the demo account of each role. */
export const ROLE_ACCOUNTS = {
  visitor: null,
  pending: "attente@example.org",
  member: "membre@example.org",
  staff: "equipe@example.org",
  admin: "admin@example.org",
} as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const ROLES = Object.keys(ROLE_ACCOUNTS) as RoleName[];

export async function contextFor(role: RoleName, baseURL: string, extraHTTPHeaders?: Record<string, string>): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders });
  const email = ROLE_ACCOUNTS[role];
  if (email) {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/mon-espace" },
      maxRedirects: 0,
    });
    expect(response.status(), `connexion de ${email}`).toBe(302);
    expect((await context.storageState()).cookies.some((c) => c.name === "authjs.session-token")).toBe(true);
  }
  return context;
}

export async function htmlOf(response: APIResponse): Promise<string> {
  return response.headers()["content-type"]?.startsWith("text/html") ? await response.text() : "";
}

/**
 * Where a response sends the reader. A signed-in reader's page starts streaming (status 200) before the session is
 * checked, so a refusal there is a redirect carried in the page, with nothing of the refused page in it.
 */
export async function redirectTarget(response: APIResponse, baseURL: string): Promise<string | null> {
  if (response.status() === 307) return new URL(response.headers().location!, baseURL).pathname;
  const carried = /NEXT_REDIRECT;replace;([^;?]+)[^;]*;307;/.exec(await htmlOf(response));
  return carried ? carried[1]! : null;
}
