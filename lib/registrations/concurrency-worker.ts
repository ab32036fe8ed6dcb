/*
 * Child process of concurrency.test.ts: opens its own connection to the shared database, says "ready",
 * waits for "go" on stdin (so every process starts at once), then registers or cancels each given user
 * and prints one JSON line per operation.
 * Usage: node --import tsx concurrency-worker.ts <database> <meetingId> <register|cancel> <userId>...
 */
import { openDatabase } from "@/db/open";
import { readyThenWaitForGo } from "@/tests/child-process";
import { cancelRegistration, register } from "./service";

const [file, meetingId, action, ...userIds] = process.argv.slice(2);
if (!file || !meetingId || (action !== "register" && action !== "cancel")) {
  console.error("Utilisation : concurrency-worker.ts <base> <rencontre> <register|cancel> <utilisateur>...");
  process.exit(2);
}

const { db, sqlite } = openDatabase(file);
await readyThenWaitForGo();

for (const userId of userIds) {
  if (action === "register") {
    const { registration } = register(db, { meetingId, userId });
    console.log(JSON.stringify({ userId, status: registration.status, waitlistPosition: registration.waitlistPosition }));
  } else {
    const { promoted } = cancelRegistration(db, { meetingId, userId });
    console.log(JSON.stringify({ userId, promoted: promoted.map((r) => r.userId) }));
  }
}
sqlite.close();
