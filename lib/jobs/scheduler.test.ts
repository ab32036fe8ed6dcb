import { afterEach, beforeEach, describe, it, expect, vi } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { asc, eq } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/open";
import { freshDatabase } from "@/tests/db";
import { MINUTE, type JobDefinition, type JobReport } from "./definition";
import { createScheduler } from "./scheduler";
import { runJobsFromCommandLine, runSharedJob, TRIGGERS } from "./runner";
import { jobRuns, jobs } from "./schema";

const T0 = new Date("2026-12-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A job that counts its runs; `work` lets a test hold a run open or make it throw. */
function countingJob(name: string, overrides: Partial<JobDefinition> = {}, work: () => JobReport | Promise<JobReport> = () => ({ summary: "Fait." })) {
  const job = {
    runs: 0,
    definition: {
      name,
      description: `Tâche ${name}`,
      scope: "shared",
      intervalMs: MINUTE,
      ...overrides,
      run: () => {
        job.runs += 1;
        return work();
      },
    } satisfies JobDefinition,
  };
  return job;
}

function runsOf(db: Db, name: string) {
  return db.select().from(jobRuns).where(eq(jobRuns.job, name)).orderBy(asc(jobRuns.startedAt)).all();
}

/** A counting job whose runs last until `release` is called. */
function heldJob(name: string, overrides: Partial<JobDefinition> = {}) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const job = countingJob(name, overrides, async () => {
    await released;
    return { summary: "Fait." };
  });
  return { job, release };
}

const scheduler = { owner: "serveur A", trigger: TRIGGERS.scheduler };

/* Failing jobs are written to the console too, for the server's log: not in the test output. */
beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe("a shared job's lease", () => {
  it("lets one run through while it is held, and none before the next interval", async () => {
    const db = freshDatabase();
    const { job, release } = heldJob("envoi");
    const first = runSharedJob(db, job.definition, { ...scheduler, now: T0 });
    const second = await runSharedJob(db, job.definition, { owner: "serveur B", trigger: TRIGGERS.scheduler, now: T0 });
    expect(second).toMatchObject({ status: "busy", owner: "serveur A" });
    release();
    expect(await first).toEqual({ job: "envoi", status: "succeeded", summary: "Fait." });
    expect(await runSharedJob(db, job.definition, { owner: "serveur B", trigger: TRIGGERS.scheduler, now: at(MINUTE - 1) })).toMatchObject({ status: "not_due", nextRunAt: at(MINUTE) });
    expect(job.runs).toBe(1);

    const row = db.select().from(jobs).where(eq(jobs.name, "envoi")).get()!;
    expect(row).toEqual({ name: "envoi", nextRunAt: at(MINUTE), leaseOwner: null, leaseUntil: null });
    expect(runsOf(db, "envoi")).toMatchObject([{ trigger: "planificateur", owner: "serveur A", outcome: "succeeded", summary: "Fait.", startedAt: T0, error: null }]);
    expect(await runSharedJob(db, job.definition, { owner: "serveur B", trigger: TRIGGERS.scheduler, now: at(MINUTE) })).toMatchObject({ status: "succeeded" });
    expect(job.runs).toBe(2);
  });

  it("is taken over once it has expired: the run of the crashed process is marked interrupted", async () => {
    const db = freshDatabase();
    const job = countingJob("purge", {}, () => new Promise<JobReport>(() => {}));
    /* Process A takes the job and never comes back (it crashed). */
    void runSharedJob(db, job.definition, { ...scheduler, now: T0 });
    await Promise.resolve();
    expect(await runSharedJob(db, job.definition, { owner: "serveur B", trigger: TRIGGERS.scheduler, now: at(14 * MINUTE) })).toMatchObject({ status: "busy" });

    const takeover = { ...countingJob("purge").definition };
    expect(await runSharedJob(db, takeover, { owner: "serveur B", trigger: TRIGGERS.scheduler, now: at(15 * MINUTE) })).toMatchObject({ status: "succeeded" });
    const [crashed, resumed] = runsOf(db, "purge");
    expect(crashed).toMatchObject({ owner: "serveur A", outcome: "failed", finishedAt: at(15 * MINUTE) });
    expect(crashed!.error).toMatch(/^Interrompue\u00a0: serveur A ne l.avait pas terminée le .* \(processus arrêté\u00a0\?\)\.$/);
    expect(resumed).toMatchObject({ owner: "serveur B", outcome: "succeeded" });
    expect(db.select().from(jobs).get()).toMatchObject({ leaseOwner: null, nextRunAt: at(16 * MINUTE) });
  });
});

describe("the scheduler of one process", () => {
  it("logs a failing job, keeps running the others, and retries it at its next interval", async () => {
    const db = freshDatabase();
    let broken = true;
    const failing = countingJob("fragile", {}, () => {
      if (broken) throw new Error("serveur injoignable");
      return { summary: "Réparé." };
    });
    const healthy = countingJob("solide");
    const perProcess = countingJob("locale", { scope: "per-process" }, () => ({ summary: "Rafraîchi." }));
    const ticks = createScheduler(db, [failing.definition, healthy.definition, perProcess.definition], "serveur A");

    await ticks.tick(T0);
    expect([failing.runs, healthy.runs, perProcess.runs]).toEqual([1, 1, 1]);
    expect(runsOf(db, "fragile")).toMatchObject([{ outcome: "failed", error: "serveur injoignable", summary: null }]);
    expect(runsOf(db, "solide")).toMatchObject([{ outcome: "succeeded" }]);

    await ticks.tick(at(MINUTE / 2));
    expect([failing.runs, healthy.runs, perProcess.runs]).toEqual([1, 1, 1]);
    broken = false;
    await ticks.tick(at(MINUTE));
    expect([failing.runs, healthy.runs, perProcess.runs]).toEqual([2, 2, 2]);
    expect(runsOf(db, "fragile").map((run) => run.outcome)).toEqual(["failed", "succeeded"]);
  });

  it("does not start a job again while its run in this process is still going", async () => {
    const db = freshDatabase();
    const { job: slow, release } = heldJob("lente", { scope: "per-process", intervalMs: 1_000 });
    const ticks = createScheduler(db, [slow.definition], "serveur A");
    const first = ticks.tick(T0);
    await ticks.tick(at(5_000));
    await ticks.tick(at(10_000));
    expect(slow.runs).toBe(1);
    release();
    await first;
    await ticks.tick(at(11_000));
    expect(slow.runs).toBe(2);
  });

  it("keeps no line for idle runs, and for a per-process job only runs that did something and the first of a series of failures", async () => {
    const db = freshDatabase();
    const reports: (JobReport | Error)[] = [{ summary: "Rien.", idle: true }, { summary: "2 pages rafraîchies." }, new Error("panne"), new Error("panne"), { summary: "Rien.", idle: true }, new Error("panne")];
    const next = () => {
      const report = reports.shift()!;
      if (report instanceof Error) throw report;
      return report;
    };
    const local = countingJob("echeances", { scope: "per-process", intervalMs: 1_000 }, next);
    const shared = countingJob("courriels", { intervalMs: 1_000 }, () => ({ summary: "Aucun courriel à envoyer.", idle: true }));
    const ticks = createScheduler(db, [local.definition, shared.definition], "serveur A");
    for (let second = 0; second < 6; second++) await ticks.tick(at(second * 1_000));
    expect(local.runs).toBe(6);
    expect(shared.runs).toBe(6);
    expect(runsOf(db, "echeances").map((run) => [run.outcome, run.summary ?? run.error])).toEqual([
      ["succeeded", "2 pages rafraîchies."],
      ["failed", "panne"],
      ["failed", "panne"],
    ]);
    expect(runsOf(db, "courriels")).toEqual([]);
    expect(db.select().from(jobs).where(eq(jobs.name, "courriels")).get()).toMatchObject({ nextRunAt: at(6_000), leaseOwner: null });
  });
});

describe("npm run cli -- jobs run", () => {
  it("runs the named job now, due or not, under the same lease, and keeps even an idle run", async () => {
    const db = freshDatabase();
    const mail = countingJob("courriels", {}, () => ({ summary: "Aucun courriel à envoyer.", idle: true }));
    const purge = countingJob("purges");
    const registry = [mail.definition, purge.definition];
    await runSharedJob(db, mail.definition, { ...scheduler, now: T0 });

    expect(await runJobsFromCommandLine(db, registry, "courriels", at(1_000))).toEqual([{ job: "courriels", status: "succeeded", summary: "Aucun courriel à envoyer." }]);
    expect(mail.runs).toBe(2);
    expect(runsOf(db, "courriels")).toMatchObject([{ trigger: "ligne de commande", outcome: "succeeded", summary: "Aucun courriel à envoyer." }]);
    expect(runsOf(db, "courriels")[0]!.owner).toMatch(/processus \d+$/);
    expect(db.select().from(jobs).where(eq(jobs.name, "courriels")).get()!.nextRunAt).toEqual(at(1_000 + MINUTE));
  });

  it("without a name, runs the shared jobs that are due, as the server would", async () => {
    const db = freshDatabase();
    const mail = countingJob("courriels");
    const purge = countingJob("purges");
    const local = countingJob("echeances", { scope: "per-process" });
    await runSharedJob(db, purge.definition, { ...scheduler, now: T0 });

    const results = await runJobsFromCommandLine(db, [mail.definition, purge.definition, local.definition], undefined, at(1_000));
    expect(results).toEqual([
      { job: "courriels", status: "succeeded", summary: "Fait." },
      { job: "purges", status: "not_due", nextRunAt: at(MINUTE) },
    ]);
    expect([mail.runs, purge.runs, local.runs]).toEqual([1, 1, 0]);
  });

  it("does not overlap a run of the server, and refuses unknown and per-process jobs", async () => {
    const db = freshDatabase();
    const { job: mail, release } = heldJob("courriels");
    const local = countingJob("echeances", { scope: "per-process" });
    const serverRun = runSharedJob(db, mail.definition, { ...scheduler, now: T0 });
    expect(await runJobsFromCommandLine(db, [mail.definition, local.definition], "courriels", at(1_000))).toMatchObject([{ status: "busy", owner: "serveur A" }]);
    release();
    await serverRun;
    expect(mail.runs).toBe(1);

    const unknown = await runJobsFromCommandLine(db, [mail.definition], "courriel").catch((error: unknown) => error);
    expect(unknown).toMatchObject({ code: "not_found", message: "Tâche inconnue : « courriel ». Tâches : courriels." });
    await expect(runJobsFromCommandLine(db, [local.definition], "echeances")).rejects.toMatchObject({ code: "bad_request" });
  });
});

const WORKER = fileURLToPath(new URL("./scheduler-worker.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A second server process on the same database file, ticking when told to. */
function startWorker(file: string, counterFile: string, owner: string, intervalMs: number) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, file, counterFile, owner, String(intervalMs)], { cwd: PROJECT_ROOT, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const waiting: (() => void)[] = [];
  const ready = new Promise<void>((resolve) => waiting.push(resolve));
  createInterface({ input: child.stdout }).on("line", () => waiting.shift()?.());
  const exited = new Promise<void>((resolve, reject) => child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}: ${stderr}`)))));
  return {
    ready,
    exited,
    tick(now: Date): Promise<void> {
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      child.stdin.write(`tick ${now.getTime()}\n`);
      return done;
    },
    stop: () => child.stdin.end(),
  };
}

describe("two server processes sharing the scheduler", () => {
  it("run each due slot of a shared job exactly once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irev-jobs-"));
    const file = path.join(dir, "test.db");
    const counterFile = path.join(dir, "compteur.txt");
    const { db, sqlite } = openDatabase(file);
    try {
      const interval = 500;
      const workers = [startWorker(file, counterFile, "serveur A", interval), startWorker(file, counterFile, "serveur B", interval)];
      await Promise.all(workers.map((worker) => worker.ready));
      /* Both processes tick at the same instants, twice per interval: the job is due at every other tick. */
      for (let k = 0; k < 20; k++) await Promise.all(workers.map((worker) => worker.tick(at(k * (interval / 2)))));
      for (const worker of workers) worker.stop();
      await Promise.all(workers.map((worker) => worker.exited));

      const lines = readFileSync(counterFile, "utf8").trim().split("\n").map((line) => line.split(" "));
      const slots = Array.from({ length: 10 }, (_, j) => String(at(j * interval).getTime()));
      expect(lines.map(([slot]) => slot)).toEqual(slots);
      const runs = runsOf(db, "compteur");
      expect(runs.map((run) => run.startedAt.getTime())).toEqual(slots.map(Number));
      expect(runs.every((run) => run.outcome === "succeeded")).toBe(true);
      expect(runs.map((run) => run.owner)).toEqual(lines.map(([, ...owner]) => owner.join(" ")));
    } finally {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
