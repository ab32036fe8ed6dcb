import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freshDatabase, insertUser } from "@/tests/db";
import { verificationTokens } from "@/lib/people/schema";
import { createSignInLink, SIGN_IN_LINK_VALIDITY_MS } from "./sign-in-link";

describe("sign-in link for operators", () => {
  it("stores the token as Auth.js checks it (SHA-256 of token and secret) and points at SITE_URL", () => {
    const db = freshDatabase();
    const user = insertUser(db, "admin");
    const now = new Date("2027-03-01T10:00:00Z");
    process.env.SITE_URL = "https://reseau.example.org/";
    const link = new URL(createSignInLink(db, user.email.toUpperCase(), "secret-de-test", now));
    delete process.env.SITE_URL;
    expect(link.origin + link.pathname).toBe("https://reseau.example.org/api/auth/callback/lien");
    expect(link.searchParams.get("email")).toBe(user.email);
    expect(link.searchParams.get("callbackUrl")).toBe("https://reseau.example.org/mon-espace");
    const [stored] = db.select().from(verificationTokens).all();
    expect(stored?.identifier).toBe(user.email);
    expect(stored?.token).toBe(createHash("sha256").update(`${link.searchParams.get("token")}secret-de-test`).digest("hex"));
    expect(stored?.expires.getTime()).toBe(now.getTime() + SIGN_IN_LINK_VALIDITY_MS);
  });

  it("refuses unknown and inactive accounts", () => {
    const db = freshDatabase();
    const refused = insertUser(db, "pending", { status: "refused" });
    expect(() => createSignInLink(db, "inconnue@example.org", "s")).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => createSignInLink(db, refused.email, "s")).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
