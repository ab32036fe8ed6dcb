/*
 * `npm run bench`: throughput and latency of a few pages and API routes of the production build, each
 * compared with a static page of the same server. See bench/README.md for how to read the numbers.
 */
import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatTextTable } from "@/lib/operations/text-table";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PORT = 4100;
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = path.join(ROOT, "data", "bench");
const RESULTS_FILE = path.join(ROOT, "bench", "results", "latest.json");
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;
const MEASURE_SECONDS = 10;

/** The first route is the baseline: a static page, the most the server can serve. */
const ROUTES = ["/accessibilite", "/rencontres", "/rencontres/rencontre-reseau-places-disponibles", "/api/v1/events"];

const SERVER_ENV = {
  ...process.env,
  DATABASE_PATH: path.join(DATA_DIR, "irev.db"),
  UPLOAD_DIR: path.join(DATA_DIR, "uploads"),
  AUTH_SECRET: "bench-secret-not-for-production-0123456789",
  SITE_URL: BASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
};

function runStep(description: string, command: string, args: string[]): void {
  console.log(`→ ${description}`);
  const result = spawnSync(command, args, { cwd: ROOT, env: SERVER_ENV, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`Échec : ${description} (${command} ${args.join(" ")}).`);
}

async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

async function waitForServer(server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`Le serveur s'est arrêté au démarrage (${server.exitCode ?? server.signalCode}).`);
    if ((await answers(BASE_URL + ROUTES[0])) !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Le serveur ne répond pas sur ${BASE_URL} après ${timeoutMs / 1000} s.`);
}

/** npx and next each start a process of their own: the server runs in its own process group, stopped as a whole. */
function stopServer(server: ChildProcess): void {
  if (server.pid === undefined) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

type RouteResult = { route: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; ratioToBaseline: number };

type Measurement = Omit<RouteResult, "ratioToBaseline">;

async function measure(route: string): Promise<Measurement> {
  const options = { url: BASE_URL + route, connections: CONNECTIONS };
  await autocannon({ ...options, duration: WARM_UP_SECONDS });
  const result = await autocannon({ ...options, duration: MEASURE_SECONDS });
  return {
    route,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const oneDecimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function printTable(results: RouteResult[]): void {
  const rows = results.map((r) => [
    r.route,
    oneDecimal.format(r.requestsPerSecond),
    oneDecimal.format(r.p50Ms),
    oneDecimal.format(r.p99Ms),
    String(r.errors + r.non2xx),
    `${twoDecimals.format(r.ratioToBaseline)}×`,
  ]);
  const right = { align: "right" } as const;
  console.log(
    formatTextTable(
      [{ header: "Route" }, { header: "Requêtes/s", ...right }, { header: "p50 (ms)", ...right }, { header: "p99 (ms)", ...right }, { header: "Erreurs + non-2xx", ...right }, { header: "Rapport", ...right }],
      rows,
    ),
  );
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) runStep("Construction de production (next build)", "npx", ["next", "build"]);
  if ((await answers(BASE_URL + ROUTES[0])) !== null) throw new Error(`Le port ${PORT} est déjà occupé : arrêtez ce serveur avant de lancer la mesure.`);

  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  runStep(`Base de mesure neuve avec le contenu de démonstration (${SERVER_ENV.DATABASE_PATH})`, "npx", ["tsx", "scripts/setup.ts"]);

  console.log(`→ Démarrage du serveur de production sur ${BASE_URL}`);
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { cwd: ROOT, env: SERVER_ENV, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stopOnSignal = () => {
    stopServer(server);
    process.exit(130);
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    await waitForServer(server);
    /* A route answering an error page would be measured as a fast page: refuse to measure it. */
    for (const route of ROUTES) {
      const status = await answers(BASE_URL + route);
      if (status !== 200) throw new Error(`${route} répond ${status ?? "sans réponse"} au lieu de 200 : mesure annulée.`);
    }
    const measured: Measurement[] = [];
    for (const route of ROUTES) {
      console.log(`→ Mesure de ${route} (${WARM_UP_SECONDS} s de chauffe, puis ${MEASURE_SECONDS} s, ${CONNECTIONS} connexions)`);
      measured.push(await measure(route));
    }
    const baseline = measured[0]!.requestsPerSecond;
    const results = measured.map((r) => ({ ...r, ratioToBaseline: baseline > 0 ? r.requestsPerSecond / baseline : 0 }));

    console.log();
    printTable(results);
    mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      connections: CONNECTIONS,
      warmUpSeconds: WARM_UP_SECONDS,
      measureSeconds: MEASURE_SECONDS,
      baseline: ROUTES[0],
      results,
    };
    writeFileSync(RESULTS_FILE, JSON.stringify(report, null, 2) + "\n");
    console.log(`\nRésultats enregistrés dans ${path.relative(ROOT, RESULTS_FILE)}.`);
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
