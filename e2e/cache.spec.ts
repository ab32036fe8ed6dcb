import { execFileSync } from "node:child_process";
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { attachments, documents } from "@/lib/documents/schema";
import { meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { flushCacheInvalidations, invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { reports } from "@/lib/publications/schema";
import { register } from "@/lib/registrations/service";
import { test, expect } from "./support/fixtures";
import { createUsersWithTokens, insertOpenMeeting, openE2eDatabase, type TestUser } from "./support/db";
import { DEMO_PASSWORD } from "./support/data";
import { isStreamedNotFound } from "./support/responses";

/*
 * Public pages are served from cache to visitors. These tests hold the two promises that makes: the next request
 * after any write is fresh, whoever wrote (a request, the command line, a fixture, the clock), and nothing
 * personal or reserved is ever served from the cache to someone else.
 */

const SECOND = 1_000;

function registrationUrl(slug: string): string {
  return `/api/v1/events/${slug}/registration`;
}

async function registerThroughApi(page: Page, slug: string, member: TestUser): Promise<void> {
  const response = await page.request.post(registrationUrl(slug), { headers: { Authorization: `Bearer ${member.token}` }, data: {} });
  expect(response.ok(), await response.text()).toBe(true);
}

/** The seats line of the registration box, as a visitor reads it on a fresh load. */
async function seatsAsVisitor(page: Page, slug: string): Promise<string> {
  await page.goto(`/rencontres/${slug}`);
  const box = page.getByRole("region", { name: "Inscription" });
  return (await box.locator("dl").innerText()).replace(/\s+/g, " ");
}

test.describe("Pages publiques en cache : fraîches dès la requête suivante", () => {
  let connection: ReturnType<typeof openE2eDatabase>;

  test.beforeAll(() => {
    connection = openE2eDatabase();
  });
  test.afterAll(() => connection.sqlite.close());

  test("inscriptions, liste d'attente et annulation se voient aussitôt, sans session", async ({ page }) => {
    const slug = `cache-places-${Date.now()}`;
    await insertOpenMeeting(connection.db, { slug, title: "Cache : places restantes", capacity: 2, waitlistEnabled: true });
    const [first, second, third] = createUsersWithTokens(connection.db, 3, { label: "cache" }) as [TestUser, TestUser, TestUser];

    expect(await seatsAsVisitor(page, slug)).toContain("2 places restantes sur 2");
    expect(await seatsAsVisitor(page, slug)).toContain("2 places restantes sur 2");
    await registerThroughApi(page, slug, first);
    expect(await seatsAsVisitor(page, slug)).toContain("1 place restante sur 2");
    await registerThroughApi(page, slug, second);
    await registerThroughApi(page, slug, third);
    expect(await seatsAsVisitor(page, slug)).toMatch(/Complet \(2 places\).*Liste d'attente 1 personne inscrite/);

    /* A cancellation promotes the waitlisted person in the same write: the page shows both at once. */
    const cancelled = await page.request.delete(registrationUrl(slug), { headers: { Authorization: `Bearer ${first.token}` } });
    expect(cancelled.ok()).toBe(true);
    expect(await seatsAsVisitor(page, slug)).toMatch(/Complet \(2 places\).*Liste d'attente aucune inscription pour l'instant/);
  });

  test("une nouvelle rencontre paraît dans l'agenda et sur l'accueil dès son écriture hors requête", async ({ page }) => {
    await page.goto("/rencontres?type=atelier");
    await page.goto("/");
    const title = `Cache : atelier du ${Date.now()}`;
    await insertOpenMeeting(connection.db, { slug: `cache-atelier-${Date.now()}`, title, kind: "atelier", startsAt: new Date(Date.now() + 3_600 * SECOND) });
    await page.goto("/rencontres?type=atelier");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("une annulation faite en ligne de commande se voit aussitôt", async ({ page }) => {
    const slug = `cache-cli-${Date.now()}`;
    await insertOpenMeeting(connection.db, { slug, title: "Cache : ligne de commande", capacity: 5 });
    const [member] = createUsersWithTokens(connection.db, 1, { label: "cache-cli" }) as [TestUser];
    await registerThroughApi(page, slug, member);
    expect(await seatsAsVisitor(page, slug)).toContain("4 places restantes sur 5");

    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", "cancel-registration", member.email, slug], { env: process.env, stdio: "pipe" });
    expect(await seatsAsVisitor(page, slug)).toContain("5 places restantes sur 5");
  });

  test("un changement de lieu puis l'annulation de la rencontre, faits en ligne de commande, se voient aussitôt", async ({ page }) => {
    /* Two commands, each starting tsx afresh. */
    test.setTimeout(180_000);
    const slug = `cache-changement-${Date.now()}`;
    await insertOpenMeeting(connection.db, { slug, title: "Cache : changement de lieu", capacity: 5, venueName: "Mairie de Noyon" });
    const cli = (...args: string[]) => execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", ...args], { env: process.env, stdio: "pipe" });
    await page.goto(`/rencontres/${slug}`);
    await expect(page.getByText("Mairie de Noyon")).toBeVisible();

    cli("meeting-change", slug, "--lieu", "Salle des fêtes de Compiègne");
    await page.goto(`/rencontres/${slug}`);
    await expect(page.getByText("Salle des fêtes de Compiègne")).toBeVisible();
    await expect(page.getByText("Mairie de Noyon")).toHaveCount(0);

    cli("meeting-cancel", slug, "--motif", "Intervenants indisponibles");
    await page.goto(`/rencontres/${slug}`);
    await expect(page.getByText("Annulée").first()).toBeVisible();
    const ics = await (await page.request.get(`/rencontres/${slug}/calendrier.ics`)).text();
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain("STATUS:CANCELLED");
  });

  test("une inscription qui ferme à une heure dite est close à cette heure, sans que personne n'écrive", async ({ page }) => {
    const slug = `cache-echeance-${Date.now()}`;
    const closesAt = new Date(Date.now() + 6 * SECOND);
    await insertOpenMeeting(connection.db, { slug, title: "Cache : fin des inscriptions", capacity: 10, registrationClosesAt: closesAt });
    await page.goto(`/rencontres/${slug}`);
    await expect(page.getByRole("link", { name: "Se connecter pour s'inscrire" })).toBeVisible();

    /* The deadline watch looks every second: one more second of margin, and the page must say so. */
    await page.waitForTimeout(closesAt.getTime() - Date.now() + 2 * SECOND);
    await page.goto(`/rencontres/${slug}`);
    await expect(page.getByText("Inscriptions closes").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Se connecter pour s'inscrire" })).toHaveCount(0);
  });
});

/* ---------- Privacy ---------- */

/** A page that does not exist for this reader: 404 for visitors, the streamed not-found page for signed-in readers. */
function isNotFound({ status, html }: { status: number; html: string }): boolean {
  return status === 404 || (status === 200 && isStreamedNotFound(html));
}

type Reader = "visiteur" | "en attente" | "membre" | "équipe";
const ACCOUNTS: Record<Exclude<Reader, "visiteur">, string> = {
  "en attente": "attente@example.org",
  membre: "membre@example.org",
  équipe: "equipe@example.org",
};

async function readerContext(reader: Reader, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (reader === "visiteur") return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: ACCOUNTS[reader], password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), `connexion : ${reader}`).toBe(302);
  return context;
}

test.describe("Pages publiques en cache : rien de personnel ni de réservé servi à un autre", () => {
  test("chaque page, lue par chaque rôle après les autres, ne montre à chacun que ce qui lui revient", async ({ baseURL }) => {
    test.slow();
    const { db, sqlite } = openE2eDatabase();
    /* The demo's draft: the back-office specs leave drafts of their own, which need not be on the agenda's first page. */
    const draft = db.select().from(meetings).where(eq(meetings.slug, "brouillon-rencontre-2027")).get()!;
    const membersFile = db
      .select({ documentId: documents.id, meetingSlug: meetings.slug })
      .from(attachments)
      .innerJoin(documents, eq(documents.id, attachments.documentId))
      .innerJoin(meetings, eq(meetings.id, attachments.meetingId))
      .where(and(eq(documents.visibility, "members"), eq(meetings.status, "published")))
      .get()!;
    /* The member registers for an open meeting: their own status must reach no one else. */
    const slug = `cache-prive-${Date.now()}`;
    const open = await insertOpenMeeting(db, { slug, title: "Cache : ce que chacun voit", capacity: 10 });
    const memberId = db.select({ id: users.id }).from(users).where(eq(users.email, ACCOUNTS.membre)).get()!.id;
    register(db, { meetingId: open.id, userId: memberId });
    /* A report for members only, the newest: its title must not reach the public home page, nor its text anyone but members. */
    const reserved = { slug: `cache-reserve-${Date.now()}`, title: "Cache : bilan réservé aux membres", body: "Texte réservé aux membres, chiffres du bilan." };
    db.insert(reports).values({ ...reserved, kind: "actualite", status: "published", visibility: "members", publishedAt: new Date() }).run();
    invalidateCache([cacheTags.reports]);
    await flushCacheInvalidations();
    sqlite.close();

    const readers: Reader[] = ["visiteur", "en attente", "membre", "équipe"];
    const contexts = Object.fromEntries(await Promise.all(readers.map(async (reader) => [reader, await readerContext(reader, baseURL!)] as const))) as Record<Reader, APIRequestContext>;

    const read = async (reader: Reader, path: string) => {
      const response = await contexts[reader].get(path, { failOnStatusCode: false });
      return { status: response.status(), html: await response.text() };
    };
    const membersLink = `href="/documents/${membersFile.documentId}/`;
    /* Other specs add meetings of their own: the draft is looked for on every page of the agenda narrowed to its kind and department. */
    const agendaShowsDraft = async (reader: Reader) => {
      for (let page = 1; page <= 20; page += 1) {
        const { html } = await read(reader, `/rencontres?type=${draft.kind}&departement=${draft.venuePostcode!.slice(0, 2)}&page=${page}`);
        if (html.includes(draft.title)) return true;
        if (!html.includes(`page=${page + 1}`)) return false;
      }
      return false;
    };

    for (const order of [readers, [...readers].reverse()]) {
      for (const reader of order) {
        const home = await read(reader, "/");
        const draftPage = await read(reader, `/rencontres/${draft.slug}`);
        const filePage = await read(reader, `/rencontres/${membersFile.meetingSlug}`);
        const openPage = await read(reader, `/rencontres/${slug}`);
        const reportPage = await read(reader, `/ressources/${reserved.slug}`);
        const staff = reader === "équipe";
        const memberOrMore = reader === "membre" || staff;

        if (staff) expect(draftPage.html, "équipe : brouillon").toContain(draft.title);
        else expect(isNotFound(draftPage) && !draftPage.html.includes(draft.title), `${reader} : brouillon`).toBe(true);
        expect(await agendaShowsDraft(reader), `${reader} : brouillon dans l'agenda`).toBe(staff);
        if (!staff) expect(home.html, `${reader} : brouillon sur l'accueil`).not.toContain(draft.title);
        expect(filePage.html.includes(membersLink), `${reader} : lien du fichier réservé`).toBe(memberOrMore);
        expect(openPage.html.includes("Vous êtes inscrit(e) à cette rencontre."), `${reader} : inscription du membre`).toBe(reader === "membre");
        expect(reportPage.html.includes(reserved.body), `${reader} : texte réservé`).toBe(memberOrMore);
        expect(reportPage.html.includes("Publication réservée aux membres"), `${reader} : avis aux non-membres`).toBe(!memberOrMore);
        expect(home.html.includes(reserved.title), `${reader} : titre réservé sur l'accueil`).toBe(memberOrMore);
        expect(openPage.html.includes("Se connecter pour s&#x27;inscrire"), `${reader} : invitation à se connecter`).toBe(reader === "visiteur");
      }
    }
    for (const context of Object.values(contexts)) await context.dispose();
  });
});
