import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import nextConfig from "./next.config";
import { config, proxy } from "./proxy";

const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, nextConfig, url, headers });

describe("proxy matcher", () => {
  it("never sees the API, whatever the method", () => {
    expect(matches("/api/v1/events")).toBe(false);
    expect(matches("/api/v1/events/x/registration", { "content-type": "application/json", "content-length": "52428800" })).toBe(false);
    expect(matches("/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" })).toBe(false);
    expect(matches("/api")).toBe(false);
  });

  it("never sees a request with a body: uploads and server actions on any page", () => {
    expect(matches("/admin/documents", { "content-type": "multipart/form-data; boundary=x", "content-length": "20000000" })).toBe(false);
    expect(matches("/admin/membres", { "content-type": "text/plain;charset=UTF-8", "next-action": "abc" })).toBe(false);
    expect(matches("/mon-espace", { "transfer-encoding": "chunked" })).toBe(false);
    expect(matches("/rencontres/une-rencontre", { "content-length": "10" })).toBe(false);
  });

  it("sees page requests without a body, including undecodable ones", () => {
    expect(matches("/mon-espace")).toBe(true);
    expect(matches("/admin/membres")).toBe(true);
    expect(matches("/rencontres/%")).toBe(true);
    expect(matches("/documents/%/x")).toBe(true);
    expect(matches("/_next/static/chunks/main.js")).toBe(false);
  });
});

describe("proxy", () => {
  it("answers undecodable addresses with the French 400 page itself, with the security headers", async () => {
    for (const path of ["/rencontres/%", "/documents/%/x", "/rencontres/%ff%fe"]) {
      const response = proxy(new NextRequest(`http://localhost${path}`));
      expect(response.status).toBe(400);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await response.text()).toContain("<h1>Adresse invalide</h1>");
    }
  });

  it("sends visitors without a session to sign in, and lets everything else through", () => {
    const redirect = proxy(new NextRequest("http://localhost/admin/membres"));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("http://localhost/connexion?retour=%2Fadmin%2Fmembres");
    expect(proxy(new NextRequest("http://localhost/mon-espace/favoris")).headers.get("location")).toBe("http://localhost/connexion?retour=%2Fmon-espace%2Ffavoris");
    expect(proxy(new NextRequest("http://localhost/rencontres/une-rencontre/annuler")).headers.get("x-middleware-next")).toBe("1");
    expect(proxy(new NextRequest("http://localhost/mon-espace/calendrier.ics?token=x")).headers.get("x-middleware-next")).toBe("1");
  });

  const rewriteOf = (url: string, cookie?: string) =>
    proxy(new NextRequest(`http://localhost${url}`, { headers: cookie ? { cookie } : {} })).headers.get("x-middleware-rewrite");

  it("serves visitors the cached public pages, one address per filter state", () => {
    expect(rewriteOf("/")).toBe("http://localhost/vue-publique/courante");
    expect(rewriteOf("/rencontres")).toBe("http://localhost/vue-publique/courante/agenda/tout");
    expect(rewriteOf("/rencontres?theme=sante&type=atelier&utm_source=x")).toBe("http://localhost/vue-publique/courante/agenda/type.atelier~theme.sante");
    expect(rewriteOf("/rencontres?type=inconnu&quand=2017")).toBe("http://localhost/vue-publique/courante/agenda/quand.2017");
    expect(rewriteOf("/rencontres/une-rencontre")).toBe("http://localhost/vue-publique/courante/rencontres/une-rencontre");
    expect(rewriteOf("/ressources/un-compte-rendu")).toBe("http://localhost/vue-publique/courante/ressources/un-compte-rendu");
    expect(rewriteOf("/ressources")).toBe("http://localhost/vue-publique/courante/publications/tout");
    expect(rewriteOf("/ressources?annee=2017&type=actualite&page=2")).toBe("http://localhost/vue-publique/courante/publications/type.actualite~annee.2017~page.2");
    expect(rewriteOf("/documents")).toBe("http://localhost/vue-publique/courante/bibliotheque/tout");
    expect(rewriteOf("/documents?tri=telechargements&theme=sante")).toBe("http://localhost/vue-publique/courante/bibliotheque/theme.sante~tri.telechargements");
    expect(rewriteOf("/thematiques")).toBe("http://localhost/vue-publique/courante/thematiques");
    expect(rewriteOf("/thematiques/sante")).toBe("http://localhost/vue-publique/courante/thematiques/sante");
    expect(rewriteOf("/contact")).toBe("http://localhost/vue-publique/courante/contact");
    expect(rewriteOf("/mentions-legales")).toBe("http://localhost/vue-publique/courante/mentions-legales");
    expect(rewriteOf("/donnees-personnelles")).toBe("http://localhost/vue-publique/courante/donnees-personnelles");
    expect(rewriteOf("/accessibilite")).toBe("http://localhost/vue-publique/courante/accessibilite");
    expect(rewriteOf("/documents/un-document/texte")).toBe("http://localhost/vue-publique/courante/documents/un-document/texte");
    expect(rewriteOf("/documents/un-document/programme.pdf")).toBeNull();
    expect(rewriteOf("/rencontres/une-rencontre/calendrier.ics")).toBeNull();
  });

  it("leaves signed-in readers on the pages rendered for them", () => {
    for (const path of ["/", "/rencontres?quand=2017", "/rencontres/une-rencontre", "/ressources/un-compte-rendu", "/ressources", "/documents", "/thematiques/sante"]) {
      expect(rewriteOf(path, "authjs.session-token=x"), path).toBeNull();
      expect(rewriteOf(path, "__Secure-authjs.session-token=x"), path).toBeNull();
    }
  });
});

describe("API addresses that cannot be decoded", () => {
  const rewritten = async (url: string) =>
    (await unstable_getResponseFromNextConfig({ url: `http://localhost${url}`, nextConfig })).headers.get("x-middleware-rewrite");

  it("go to the JSON 400 route", async () => {
    for (const path of ["/api/v1/events/%ff%fe", "/api/v1/events/%", "/api/v1/events/%C3", "/api/v1/events/%e0%80%80", "/api/v1/events/%ED%A0%80"]) {
      expect(await rewritten(path), path).toBe("http://localhost/api/requete-invalide");
    }
  });

  it("leave valid addresses alone, accented ones included", async () => {
    for (const path of ["/api/v1/events/rencontre-2027", "/api/v1/events/caf%C3%A9", "/api/v1/events/a%20b", "/api/v1/events/%F0%9F%98%80"]) {
      expect(await rewritten(path), path).toBeNull();
    }
  });
});
