/*
 * Child process of scheduler.test.ts: a second server process sharing the database. Opens its own connection, says
 * "ready", then for each "tick <ms>" line on stdin runs one scheduler tick at that instant, and answers "done".
 * Its one job, "compteur", appends "<slot> <owner>" to the given file on each run, slowly, so that the other
 * process asks while the lease is held.
 * Usage: node --import tsx scheduler-worker.ts <database> <counter file> <owner> <interval ms>
 */
import { appendFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createInterface } from "node:readline";
import { openDatabase } from "@/db/open";
import { createScheduler } from "./scheduler";

const [file, counterFile, owner, interval] = process.argv.slice(2);
if (!file || !counterFile || !owner || !interval) {
  console.error("Utilisation : scheduler-worker.ts <base> <fichier compteur> <processus> <intervalle ms>");
  process.exit(2);
}

const { db, sqlite } = openDatabase(file);
const scheduler = createScheduler(
  db,
  [
    {
      name: "compteur",
      description: "Compte ses exécutions",
      scope: "shared",
      intervalMs: Number(interval),
      run: async (_db, now) => {
        appendFileSync(counterFile, `${now.getTime()} ${owner}\n`);
        await sleep(20);
        return { summary: "Une exécution de plus." };
      },
    },
  ],
  owner,
);
console.log("ready");
for await (const line of createInterface({ input: process.stdin })) {
  const [command, at] = line.split(" ");
  if (command !== "tick") break;
  await scheduler.tick(new Date(Number(at)));
  console.log("done");
}
sqlite.close();
