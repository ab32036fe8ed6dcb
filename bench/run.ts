/*
 * `npm run bench`: throughput and latency of the public pages, the member's pages and the API on the production
 * build, as a visitor and as a signed-in member, each compared with a static page of the same server; then
 * registrations through the API, checked in the database. See bench/README.md for how to read the numbers.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/open";
import { upcomingMeetings } from "@/db/seed/content/meetings";
import { PEOPLE, type PersonEmail } from "@/db/seed/content/people";
import { measureDownloads, prepareDownload } from "./downloads";
import { load, summarise, type Sample } from "./load";
import { checkRegistrations, prepareRegistrations, registerAll, type RegistrationFixture } from "./registrations";
import { printReport, writeReport, type Profile, type Report, type RouteResult } from "./report";
import { BASE_URL, DATA_DIR, PORT, ROOT, answers, applyBenchEnvironment, assertServerRunning, runStep, serverProcessGroup, waitUntilIdle, wholeNumberFromEnv, withServer } from "./server";
import { measureUpload } from "./upload";
import { checkMemberSession, signInWithLink } from "./session";

const WARM_UP_SECONDS = wholeNumberFromEnv("BENCH_WARMUP_SECONDS", 1, 0);
const MEASURE_SECONDS = wholeNumberFromEnv("BENCH_SECONDS", 5);
const RUNS = wholeNumberFromEnv("BENCH_RUNS", 3);
const CONNECTIONS = [10, 50];

const MEMBER: PersonEmail = "membre@example.org";
/** An upcoming demo meeting open for registration, and a public demo report. */
const MEETING_SLUG = "rencontre-reseau-places-disponibles";
const REPORT_SLUG = "compte-rendu-reseau-chefs-de-projet-noyon-11-mai-2017";
/* One of that report's themes: its page shows the report among its latest. */
const REPORT_THEME = "politique-de-la-ville-dsu";
const ARCHIVE = { year: 2017, shows: "/rencontres/reseau-chefs-de-projet-noyon-11-mai-2017" };

const REGISTRATIONS = { slug: "mesure-inscriptions", capacity: 100, members: 1000, inFlight: 10, getConnections: 10 };

/** The agenda filtered on the kind and first theme of the measured meeting, as the demo content gives them. */
function filteredAgenda(): string {
  const meeting = upcomingMeetings(new Date()).find((candidate) => candidate.slug === MEETING_SLUG);
  const theme = meeting?.themes[0];
  if (!meeting || !theme) throw new Error(`Le contenu de démonstration n'a plus de rencontre ${MEETING_SLUG} avec une thématique.`);
  return `/rencontres?${new URLSearchParams({ type: meeting.kind, theme })}`;
}

/** `shows`: a text the answer must contain, so that an empty list cannot pass for a fast page. */
type RouteSpec = { path: string; profiles: Profile[]; shows?: string };

const BOTH: Profile[] = ["visiteur", "membre"];
/** The first route is the baseline: a static page, the most the server can serve. */
const ROUTES: RouteSpec[] = [
  { path: "/accessibilite", profiles: ["visiteur"] },
  { path: "/", profiles: BOTH },
  { path: "/rencontres", profiles: BOTH, shows: `/rencontres/${MEETING_SLUG}` },
  { path: filteredAgenda(), profiles: BOTH, shows: `/rencontres/${MEETING_SLUG}` },
  { path: `/rencontres?quand=${ARCHIVE.year}`, profiles: BOTH, shows: ARCHIVE.shows },
  { path: `/rencontres/${MEETING_SLUG}`, profiles: BOTH },
  { path: `/ressources/${REPORT_SLUG}`, profiles: BOTH },
  { path: `/thematiques/${REPORT_THEME}`, profiles: BOTH, shows: `/ressources/${REPORT_SLUG}` },
  { path: "/recherche?q=noyon", profiles: BOTH, shows: `/ressources/${REPORT_SLUG}` },
  { path: "/api/v1/events", profiles: BOTH, shows: MEETING_SLUG },
  { path: `/api/v1/events/${MEETING_SLUG}`, profiles: BOTH },
  { path: "/mon-espace", profiles: ["membre"] },
  { path: "/api/compte", profiles: ["membre"] },
];
const BASELINE = ROUTES[0]!.path;

type Target = { route: string; profile: Profile; headers: Record<string, string>; bodyBytes: number };

/** A route must answer 200 with what it shows, as today; an error page or a redirect would be measured as a fast page. */
async function checkedTarget(route: RouteSpec, profile: Profile, headers: Record<string, string>): Promise<Target> {
  /* Like autocannon, no compression: the size printed is that of the answers measured. */
  const response = await fetch(BASE_URL + route.path, { headers: { ...headers, "Accept-Encoding": "identity" }, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${route.path} (${profile}) répond ${response.status} au lieu de 200 : mesure annulée.`);
  if (route.shows && !body.includes(route.shows)) throw new Error(`${route.path} (${profile}) ne contient pas « ${route.shows} » : mesure annulée.`);
  return { route: route.path, profile, headers, bodyBytes: body.byteLength };
}

/**
 * A warm-up of each target, then RUNS rounds over all of them, so that every target meets the machine's ups and
 * downs alike; each measurement starts on an idle server.
 */
async function measureRounds(targets: Pick<Target, "route" | "headers">[], connections: number): Promise<Sample[][]> {
  const measure = async (target: Pick<Target, "route" | "headers">, seconds: number) => {
    assertServerRunning();
    await waitUntilIdle(BASELINE);
    return load({ url: BASE_URL + target.route, headers: target.headers, connections, seconds });
  };
  if (WARM_UP_SECONDS > 0) for (const target of targets) await measure(target, WARM_UP_SECONDS);
  const samples: Sample[][] = targets.map(() => []);
  for (let run = 1; run <= RUNS; run++) {
    console.log(`  ${connections} connexions, tour ${run}/${RUNS}`);
    for (const [i, target] of targets.entries()) samples[i]!.push(await measure(target, MEASURE_SECONDS));
  }
  return samples;
}

/** Each target at each number of connections, route by route, with its ratio to the baseline at the same number. */
async function measureRoutes(targets: Target[]): Promise<RouteResult[]> {
  const byConnections: RouteResult[][] = [];
  for (const connections of CONNECTIONS) {
    const summaries = (await measureRounds(targets, connections)).map((runs) => ({ ...summarise(runs), runs }));
    const baseline = summaries[0]!.requestsPerSecond;
    byConnections.push(
      targets.map(({ route, profile, bodyBytes }, i) => ({ route, profile, connections, bodyBytes, ...summaries[i]!, ratioToBaseline: summaries[i]!.requestsPerSecond / baseline })),
    );
  }
  return targets.flatMap((_, i) => byConnections.map((results) => results[i]!));
}

async function measureRegistrations(db: Db, fixture: RegistrationFixture): Promise<Report["registrations"]> {
  assertServerRunning();
  console.log(`→ ${fixture.members.length} inscriptions par l'API, ${REGISTRATIONS.inFlight} en parallèle`);
  const run = await registerAll(fixture, REGISTRATIONS.inFlight);
  console.log(`→ GET /api/v1/events/${fixture.slug}, ${REGISTRATIONS.getConnections} connexions`);
  const [getRuns] = await measureRounds([{ route: `/api/v1/events/${fixture.slug}`, headers: {} }], REGISTRATIONS.getConnections);
  const eventGet = summarise(getRuns!);
  const check = checkRegistrations(db, fixture, run);
  return { ...run, slug: fixture.slug, capacity: fixture.capacity, eventGet, ratioToEventGet: run.perSecond / eventGet.requestsPerSecond, check };
}

async function main(): Promise<void> {
  applyBenchEnvironment();
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) runStep("Construction de production (next build)", "npx", ["next", "build"]);
  if ((await answers(BASE_URL + BASELINE)) !== null) throw new Error(`Le port ${PORT} est déjà occupé : arrêtez ce serveur ou choisissez-en un autre (BENCH_PORT).`);

  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  runStep(`Base de mesure neuve avec le contenu de démonstration (${process.env.DATABASE_PATH})`, "npx", ["tsx", "scripts/setup.ts"]);
  const { db, sqlite } = openDatabase();
  try {
    const fixture = await prepareRegistrations(db, REGISTRATIONS);
    const download = prepareDownload(db);
    const report = await withServer(BASELINE, async (): Promise<Report> => {
      const cookie = await signInWithLink(db, MEMBER);
      await checkMemberSession(cookie, PEOPLE[MEMBER]);
      const headersOf: Record<Profile, Record<string, string>> = { visiteur: {}, membre: { cookie } };
      const targets: Target[] = [];
      for (const route of ROUTES) for (const profile of route.profiles) targets.push(await checkedTarget(route, profile, headersOf[profile]));
      const minutes = Math.ceil((targets.length * CONNECTIONS.length * (WARM_UP_SECONDS + RUNS * MEASURE_SECONDS)) / 60);
      const loadAtStart = os.loadavg()[0]!;
      console.log(`→ Mesure de ${targets.length} routes × ${CONNECTIONS.join(" et ")} connexions (environ ${minutes} min)`);
      const results = await measureRoutes(targets);
      const registrations = await measureRegistrations(db, fixture);
      console.log("→ Téléversement d'un PDF de 100 Mo (POST /api/v1/documents), mémoire du serveur relevée toutes les 20 ms");
      const upload = await measureUpload(db, serverProcessGroup());
      console.log(`→ Téléchargement d'un PDF de 10 Mo : l'application contre un serveur de fichiers Node`);
      const downloads = await measureDownloads(download, { connections: 10, seconds: MEASURE_SECONDS, runs: RUNS, beforeEach: () => waitUntilIdle(BASELINE) });
      return {
        date: new Date().toISOString(),
        node: process.version,
        cores: os.availableParallelism(),
        cpu: os.cpus()[0]?.model ?? "inconnu",
        loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
        warmUpSeconds: WARM_UP_SECONDS,
        measureSeconds: MEASURE_SECONDS,
        runs: RUNS,
        baseline: BASELINE,
        results,
        registrations,
        upload,
        downloads,
      };
    });
    printReport(report);
    console.log(`\nRésultats enregistrés dans ${writeReport(report).join(" et ")}.`);
    const { problems } = report.registrations.check;
    if (problems.length > 0) throw new Error(`les inscriptions ne tombent pas juste : ${problems.join(" ; ")}.`);
  } finally {
    sqlite.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
