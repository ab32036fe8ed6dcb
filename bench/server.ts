import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/* The production server the bench measures: its environment, its start and its stop. */

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A setting read from the environment: a whole number, at least `min`, or the default when unset. */
export function wholeNumberFromEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} doit être un nombre entier supérieur ou égal à ${min} (reçu « ${raw} »).`);
  return value;
}

export const PORT = wholeNumberFromEnv("BENCH_PORT", 4300);
export const BASE_URL = `http://localhost:${PORT}`;
export const DATA_DIR = path.join(ROOT, "data", "bench");
/** What the server prints, kept for when it stops or fails during a measurement. */
const SERVER_LOG = path.join(DATA_DIR, "server.log");

/**
 * One environment for this process and the server alike: the database the bench writes its fixtures into and
 * checks afterwards, the secret its sign-in link is made with, and the address that link points to are the server's.
 */
export function applyBenchEnvironment(): void {
  Object.assign(process.env, {
    DATABASE_PATH: path.join(DATA_DIR, "irev.db"),
    UPLOAD_DIR: path.join(DATA_DIR, "uploads"),
    AUTH_SECRET: "bench-secret-not-for-production-0123456789",
    SITE_URL: BASE_URL,
    /* The server's own tasks (the deadline watch) call it back on this port. */
    PORT: String(PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  });
}

export function runStep(description: string, command: string, args: string[]): void {
  console.log(`→ ${description}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`Échec : ${description} (${command} ${args.join(" ")}).`);
}

/** The status of a GET, or null when nothing answers. */
export async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** How the server stopped ("1", "SIGKILL"), or null while it runs. */
function stoppedWith(server: ChildProcess): string | null {
  return server.exitCode !== null || server.signalCode !== null ? String(server.exitCode ?? server.signalCode) : null;
}

async function waitForServer(server: ChildProcess, probe: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stopped = stoppedWith(server);
    if (stopped) throw new Error(`Le serveur s'est arrêté au démarrage (${stopped}) : voir ${path.relative(ROOT, SERVER_LOG)}.`);
    if ((await answers(BASE_URL + probe)) !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Le serveur ne répond pas sur ${BASE_URL} après ${timeoutMs / 1000} s.`);
}

const IDLE_LATENCY_MS = 50;

/**
 * Waits until the server answers `probe` (a static page) quickly twice in a row. Requests a measurement leaves in
 * flight are still rendered after autocannon hangs up: at 50 connections on a slow page, seconds of work that
 * would otherwise be counted against the next route measured.
 */
export async function waitUntilIdle(probe: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let quick = 0; quick < 2; ) {
    if (Date.now() > deadline) {
      console.warn(`  (le serveur répond encore lentement après ${timeoutMs / 1000} s d'attente : la mesure suivante peut en pâtir)`);
      return;
    }
    const sent = performance.now();
    await answers(BASE_URL + probe);
    quick = performance.now() - sent < IDLE_LATENCY_MS ? quick + 1 : 0;
  }
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

let running: ChildProcess | undefined;

/** The process group of the running server (npx, next and its workers), to read their memory. */
export function serverProcessGroup(): number {
  if (running?.pid === undefined) throw new Error("Le serveur de mesure n'est pas démarré.");
  return running.pid;
}

/** Throws once the server has stopped: what would follow could only measure refused connections. */
export function assertServerRunning(): void {
  const stopped = running && stoppedWith(running);
  if (stopped) throw new Error(`Le serveur s'est arrêté pendant la mesure (${stopped}) : voir ${path.relative(ROOT, SERVER_LOG)}.`);
}

/** Starts `next start` on PORT, runs `work` once `probe` answers, and stops the server whatever happens. */
export async function withServer<T>(probe: string, work: () => Promise<T>): Promise<T> {
  console.log(`→ Démarrage du serveur de production sur ${BASE_URL} (sa sortie : ${path.relative(ROOT, SERVER_LOG)})`);
  const log = openSync(SERVER_LOG, "w");
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { cwd: ROOT, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  running = server;
  const stopOnSignal = () => {
    stopServer(server);
    process.exit(130);
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    await waitForServer(server, probe);
    return await work();
  } finally {
    stopServer(server);
    running = undefined;
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
  }
}
