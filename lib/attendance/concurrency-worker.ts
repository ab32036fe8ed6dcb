/*
 * Child process of check-in-concurrency.test.ts: opens its own connection to the shared database, says "ready",
 * waits for "go", then sends each given mark (as phones replaying their queues would) and prints one JSON line each.
 * Usage: node --import tsx concurrency-worker.ts <database> <meetingId> <staffId> <registrationId> <halfDay> <key>...
 */
import { openDatabase } from "@/db/open";
import { readyThenWaitForGo } from "@/tests/child-process";
import { markAttendance } from "./check-in";

const [file, meetingId, staffId, registrationId, halfDay, ...keys] = process.argv.slice(2);
if (!file || !meetingId || !staffId || !registrationId || !halfDay || keys.length === 0) {
  console.error("Utilisation : concurrency-worker.ts <base> <rencontre> <équipe> <inscription> <demi-journée> <clé>...");
  process.exit(2);
}

const { db, sqlite } = openDatabase(file);
await readyThenWaitForGo();
for (const idempotencyKey of keys) {
  const outcome = markAttendance(db, { userId: staffId }, { meetingId, registrationId, halfDay, idempotencyKey, present: true, markedAt: new Date(), source: "door" });
  console.log(JSON.stringify({ idempotencyKey, replayed: outcome.replayed }));
}
sqlite.close();
