import { readFile } from "node:fs/promises";
import { test, expect } from "./support/fixtures";
import { meetingBySlug } from "./support/data";
import { icsEvents, icsLine } from "./support/ics";
import { MeetingPage, MeetingsListPage, pathOf } from "./support/pages";

/* Browsing as a visitor: the agenda, its filters and archives, meeting pages as the former site showed them. */

const NOYON = "reseau-chefs-de-projet-noyon-11-mai-2017";
const LILLERS = "reseau-chefs-de-projet-lillers-14-decembre-2017";
const JOURNEE_2014 = "jeudi-de-la-ville-11-decembre-2014-contrat-de-ville-quels-moyens";

function dateOf(meeting: MeetingPage) {
  return meeting.page.getByRole("main").locator("dt", { hasText: /^Date$/ }).locator("xpath=following-sibling::dd[1]");
}

test.describe("Agenda", () => {
  test("la page d'accueil présente les prochaines rencontres, les mêmes que l'agenda", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    await agenda.goto();
    const soonest = (await agenda.titles()).slice(0, 4);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le réseau des chefs de projet politique de la ville");
    const next = page.getByRole("region", { name: "Prochaines rencontres" });
    await expect(next.getByRole("article").getByRole("heading")).toHaveText(soonest);
    await next.getByRole("link", { name: soonest[0] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(soonest[0]!);
  });

  test("l'agenda liste les rencontres à venir, la plus proche d'abord", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    await agenda.goto();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rencontres à venir");
    const slugs = await agenda.slugs();
    expect(slugs.length).toBeGreaterThanOrEqual(7);
    /* Other specs add meetings of their own: the count is the total, the first page shows up to 20 of them. */
    const total = Number((await agenda.resultCount.innerText()).match(/^(\d+) rencontres$/)?.[1]);
    expect(slugs.length).toBe(Math.min(total, 20));

    const meetings = slugs.map(meetingBySlug);
    const starts = meetings.map((m) => m.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const meeting of meetings) expect(meeting.endsAt.getTime()).toBeGreaterThan(Date.now());
    expect(slugs).not.toContain("brouillon-rencontre-2027");
    expect(slugs).not.toContain(NOYON);
  });

  test("filtrer par type passe le filtre dans l'adresse et change les résultats", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    await agenda.goto();
    const all = await agenda.titles();

    await agenda.filter({ Type: "Journée régionale – Jeudi de la ville" });
    expect(new URL(page.url()).searchParams.get("type")).toBe("journee_regionale");
    const filtered = await agenda.titles();
    expect(filtered).toEqual(["Jeudi de la ville : l'emploi des habitants des quartiers", "Assises régionales de la participation citoyenne"]);
    expect(filtered.length).toBeLessThan(all.length);
    await expect(agenda.resultCount).toHaveText("2 rencontres");
    await expect(agenda.filterForm.getByLabel("Type")).toHaveValue("journee_regionale");

    await agenda.filterForm.getByRole("link", { name: "Effacer" }).click();
    await expect(page).toHaveURL(/\/rencontres$/);
    expect(await agenda.titles()).toEqual(all);
  });

  test("filtrer par thématique", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    await agenda.goto();
    await agenda.filter({ Thématique: "Santé" });
    expect(new URL(page.url()).searchParams.get("theme")).toBe("sante");
    expect(await agenda.slugs()).toEqual(["rencontre-reseau-heure-d-ete"]);
    await expect(agenda.filterForm.getByLabel("Thématique")).toHaveValue("sante");
  });

  test("les filtres montrent en entier la plus longue de leurs propositions, sur grand écran comme sur tablette", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 900 }]) {
      await page.setViewportSize(viewport);
      await agenda.goto();
      for (const label of ["Type", "Thématique", "Département"]) {
        const room = await agenda.filterForm.getByLabel(label).evaluate((select: HTMLSelectElement) => {
          const style = getComputedStyle(select);
          const context = document.createElement("canvas").getContext("2d")!;
          context.font = style.font;
          const widest = Math.max(...Array.from(select.options, (option) => context.measureText(option.text).width));
          /* What the closed select can show: its inner width less the padding and the arrow (about 1.5 em). */
          const inner = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
          return { widest, inner };
        });
        expect(room.widest, `« ${label} » à ${viewport.width} px`).toBeLessThanOrEqual(room.inner);
      }
    }
  });

  test("filtrer par département, seul ou avec le type", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    await agenda.goto();
    await agenda.filter({ Département: "Somme (80)" });
    expect(new URL(page.url()).searchParams.get("departement")).toBe("80");
    expect(await agenda.slugs()).toEqual(["rencontre-reseau-places-disponibles"]);

    /* The back-office specs create meetings of their own in the Oise: the empty combination is taken in the Aisne. */
    await agenda.filter({ Département: "Aisne (02)", Type: "Rencontre de réseau" });
    await expect(agenda.resultCount).toHaveText("Aucune rencontre ne correspond à ces critères.");
    await agenda.filter({ Département: "Oise (60)", Type: "Visite" });
    expect(await agenda.slugs()).toEqual(["visite-inscriptions-closes"]);
  });

  test("une rencontre aux inscriptions closes le dit partout, sans places restantes", async ({ page }) => {
    const agenda = new MeetingsListPage(page);
    await agenda.goto("?type=visite");
    const card = page.getByRole("main").getByRole("article").filter({ hasText: "Visite" }).first();
    const badges = card.getByRole("list", { name: "Informations d'inscription" });
    await expect(badges).toContainText("Inscriptions closes");
    await expect(badges).not.toContainText("restante");

    await card.getByRole("heading").getByRole("link").click();
    await expect(page).toHaveURL(/\/rencontres\/visite-inscriptions-closes$/);
    await expect(page.getByRole("main").getByRole("list", { name: "Informations d'inscription" })).toContainText("Inscriptions closes");
    await expect(new MeetingPage(page, "visite-inscriptions-closes").registration).toContainText("Les inscriptions sont closes depuis le");
  });

  test("les archives par année : 2017 liste Noyon et Lillers", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Archives" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archives des rencontres");
    await page.getByRole("navigation", { name: "Période" }).getByRole("link", { name: "2017", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rencontres de 2017");
    expect(new URL(page.url()).searchParams.get("quand")).toBe("2017");
    await expect(page.getByRole("navigation", { name: "Période" }).getByRole("link", { name: "2017", exact: true })).toHaveAttribute("aria-current", "page");

    const slugs = await new MeetingsListPage(page).slugs();
    expect(slugs).toContain(NOYON);
    expect(slugs).toContain(LILLERS);
    expect(slugs).not.toContain(JOURNEE_2014);
    /* Archives: most recent first. */
    expect(slugs.indexOf(LILLERS)).toBeLessThan(slugs.indexOf(NOYON));
  });
});

test.describe("Pages des rencontres", () => {
  test("la rencontre de Noyon : date, lieu, participation et fichiers joints téléchargeables", async ({ page }) => {
    const meeting = new MeetingPage(page, NOYON);
    await meeting.goto();
    await expect(meeting.heading).toHaveText("Réseau des chefs de projet politique de la ville – 11/05/2017 – Noyon (60)");
    await expect(dateOf(meeting)).toHaveText("jeudi 11 mai 2017");
    const main = page.getByRole("main");
    await expect(main).toContainText("salle bleuet");
    await expect(main).toContainText("Campus économique Inovia");
    await expect(main).toContainText("17 participants");
    await expect(meeting.registration).toContainText("Cette rencontre a eu lieu");

    const files = page.getByRole("region", { name: "Fichiers joints" }).getByRole("listitem");
    await expect(files).toHaveCount(2);
    await expect(files.nth(0)).toContainText(/enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017\.pdf – PDF – Poids\u00a0: [\d,]+ (Ko|Mo) – 2 pages/);
    await expect(files.nth(1)).toContainText(/points_actus_reseau_chefs_de_projet_au_11_mai_2017\.pdf – PDF – Poids\u00a0: [\d,]+ (Ko|Mo) – 1 page/);

    const href = await files.nth(0).getByRole("link", { name: "Synthèse de l'enquête de mars 2017", exact: true }).getAttribute("href");
    const downloading = page.waitForEvent("download");
    await files.nth(0).getByRole("link", { name: "Télécharger « Synthèse de l'enquête de mars 2017 »" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf");
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    /* The title opens the PDF in the browser's viewer; "Télécharger" saves it. */
    expect(response.headers()["content-disposition"]).toMatch(/^inline; filename="enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017\.pdf"/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(await response.body()).equals(bytes)).toBe(true);

    const part = await page.request.get(href!, { headers: { Range: "bytes=0-99" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-range"]).toBe(`bytes 0-99/${bytes.length}`);
    expect((await part.body()).length).toBe(100);
  });

  test("le compte rendu du 11 décembre 2014 est complet : Départements, délibérations et référents PLDE annexés", async ({ page }) => {
    await page.goto("/ressources/compte-rendu-jeudi-de-la-ville-11-decembre-2014");
    const main = page.getByRole("main");
    await expect(main).toContainText("Martine FILLEUL, 1re vice-présidente du Conseil Général");
    await expect(main).toContainText("Jean-Louis HOTTE");

    for (const name of [
      "délibération du 3 novembre du Conseil Général du Nord ici",
      "délibération du Conseil Général du Pas-de-Calais (15 décembre 2014)",
    ]) {
      const href = await main.getByRole("link", { name }).getAttribute("href");
      expect(href).toMatch(/^\/documents\/[^/]+\/deliberation_[a-z_0-9]+\.pdf$/);
      const pdf = await page.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
    }

    const annex = page.getByRole("region", { name: "Annexe\u00a0: contacts" });
    await expect(annex.getByRole("listitem")).toHaveCount(19);
    const calaisis = annex.getByRole("listitem").first();
    await expect(calaisis).toContainText("Pays du Calaisis");
    await expect(calaisis).toContainText("Christophe DUHAUT");
    await expect(calaisis.getByRole("link", { name: "christophe.duhaut@example.org" })).toHaveAttribute("href", "mailto:christophe.duhaut@example.org");

    await main.getByRole("link", { name: "voir carte des référents PLDE en annexe" }).click();
    await expect(page).toHaveURL(/#annexe$/);
    await expect(annex).toBeInViewport();
  });

  test("la journée régionale de 2014 présente son programme et ses intervenants", async ({ page }) => {
    const meeting = new MeetingPage(page, JOURNEE_2014);
    await meeting.goto();
    await expect(meeting.heading).toHaveText("Contrat de ville : quels moyens pour les quartiers ?");
    await expect(dateOf(meeting)).toContainText("jeudi 11 décembre 2014");
    await expect(page.getByRole("main")).toContainText("plus de 330 personnes");
    const programme = page.getByRole("region", { name: "Programme" });
    await expect(programme.getByRole("heading", { level: 3 })).toHaveCount(3);
    const opening = programme.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Accueil et ouverture de la journée" }) });
    const speakers = opening.getByRole("list", { name: "Intervenants" });
    await expect(speakers).toContainText("Kléber ARHOUL");
    await expect(speakers).toContainText("Préfet délégué à l'égalité des chances du Nord, président de l'IREV");
    await expect(programme.getByRole("list", { name: "Intervenants" }).getByText("Raphaël LE MEHAUTE")).toBeVisible();
  });

  test("après le passage à l'heure d'été, la rencontre de Lens reste de 9 h 30 à 16 h 30", async ({ page }) => {
    const meeting = new MeetingPage(page, "rencontre-reseau-heure-d-ete");
    await meeting.goto();
    await expect(dateOf(meeting)).toHaveText(/^jeudi (1er|\d+) (mars|avril) \d{4}, 9 h 30 – 16 h 30 \(heure de Paris\)$/);
    const programme = page.getByRole("region", { name: "Programme" });
    await expect(programme.getByRole("listitem").first()).toContainText("9 h 30 – 10 h");
    await expect(programme.getByRole("listitem").last()).toContainText("13 h 30 – 16 h 30");
  });

  test("une rencontre sur deux journées entières s'affiche sans horaire", async ({ page }) => {
    const meeting = new MeetingPage(page, "assises-participation-citoyenne");
    await meeting.goto();
    await expect(dateOf(meeting)).toHaveText(/^du samedi (1er|\d+) mars \d{4} au dimanche (1er|\d+) mars \d{4}$/);
    await expect(dateOf(meeting)).not.toContainText(/\d h/);
  });

  test("une rencontre dont la source ne donne que la date n'affiche ni heure ni programme minuté", async ({ page }) => {
    /* The former site printed "02:00" and "01:00": midnight UTC, not the hours of the meetings. */
    for (const [slug, date] of [
      [NOYON, "jeudi 11 mai 2017"],
      [LILLERS, "jeudi 14 décembre 2017"],
    ] as const) {
      const meeting = new MeetingPage(page, slug);
      await meeting.goto();
      await expect(dateOf(meeting)).toHaveText(date);
      await expect(page.getByRole("region", { name: "Programme" })).not.toContainText(/\d h/);
      await expect(page.getByRole("main").locator("time")).not.toHaveText(/\d h/);
    }

    await page.goto("/rencontres?quand=2017");
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: /Noyon \(60\)/ }) });
    await expect(card).toContainText("jeudi 11 mai 2017 · Noyon");
    await expect(card).not.toContainText(/\d h/);

    const api = await (await page.request.get(`/api/v1/events/${NOYON}`)).json();
    expect(api).toMatchObject({ all_day: false, time_known: false });
    const ics = await (await page.request.get(`/rencontres/${NOYON}/calendrier.ics`)).text();
    const [event] = icsEvents(ics);
    expect(icsLine(event!, "DTSTART")).toBe("DTSTART;VALUE=DATE:20170511");
    expect(icsLine(event!, "DTEND")).toBe("DTEND;VALUE=DATE:20170512");
  });

  test("un brouillon n'est pas publié : page introuvable (404)", async ({ page }) => {
    const response = await page.goto("/rencontres/brouillon-rencontre-2027");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expect(page.getByRole("main")).not.toContainText("Béthune");
  });

  test("le compte rendu lié s'ouvre depuis la rencontre et numérote ses liens", async ({ page }) => {
    const meeting = new MeetingPage(page, LILLERS);
    await meeting.goto();
    await page.getByRole("region", { name: "Compte rendu" }).getByRole("link").click();
    await page.waitForURL("**/ressources/compte-rendu-reseau-chefs-de-projet-lillers-14-decembre-2017");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réseau des chefs de projet politique de la ville – 14/12/2017 – Lillers (62)");
    await expect(page.getByRole("main")).toContainText("modifié le 15/12/2017 - 11:30");

    const links = page.getByRole("region", { name: "Liens" }).getByRole("listitem");
    await expect(links).toHaveCount(7);
    await expect(links.first()).toContainText("[1]");
    await expect(links.first().getByRole("link")).toHaveAttribute(
      "href",
      "https://www.irev.fr/sites/default/files/atoms/files/fiche_experience_la_demarche_dattractivite_cc_pays_noyonnais.pdf",
    );
    await expect(links.nth(6)).toContainText("[7]");
    await expect(links.nth(6)).toContainText("Emplois francs");

    await page.getByRole("link", { name: "Réseau des chefs de projet politique de la ville – 14/12/2017 – Lillers (62)" }).click();
    await page.waitForURL(`**/rencontres/${LILLERS}`);
    expect(pathOf(page)).toBe(`/rencontres/${LILLERS}`);
  });
});
