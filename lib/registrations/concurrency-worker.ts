/*
 * Child process of concurrency.test.ts: opens its own connection to the shared database, says "ready",
 * waits for "go" on stdin (so every process starts at once), then registers or cancels each given user
 * and prints one JSON line per operation.
 * Usage: node --import tsx concurrency-worker.ts <database> <meetingId> <register|cancel> <userId>...
 * Staff, as <staffId> then the registrations: <approve|staff-cancel> <staffId> <registrationId>...
 */
import { openDatabase } from "@/db/open";
import { readyThenWaitForGo } from "@/tests/child-process";
import { cancelRegistration, register } from "./service";
import { approveRegistrations, cancelOnBehalf } from "./staff";

const ACTIONS = ["register", "cancel", "approve", "staff-cancel"];
const [file, meetingId, action, ...userIds] = process.argv.slice(2);
if (!file || !meetingId || !action || !ACTIONS.includes(action)) {
  console.error("Utilisation : concurrency-worker.ts <base> <rencontre> <register|cancel|approve|staff-cancel> <utilisateur>...");
  process.exit(2);
}

const { db, sqlite } = openDatabase(file);
await readyThenWaitForGo();

if (action === "approve" || action === "staff-cancel") {
  const [staffId, ...registrationIds] = userIds;
  for (const registrationId of registrationIds) {
    if (action === "approve") {
      console.log(JSON.stringify({ userId: registrationId, ...approveRegistrations(db, { userId: staffId! }, { meetingId, registrationIds: [registrationId] }) }));
    } else {
      const { promoted } = cancelOnBehalf(db, { userId: staffId! }, { meetingId, registrationId });
      console.log(JSON.stringify({ userId: registrationId, promoted: promoted.map((r) => r.userId) }));
    }
  }
}
for (const userId of action === "register" || action === "cancel" ? userIds : []) {
  if (action === "register") {
    const { registration } = register(db, { meetingId, userId });
    console.log(JSON.stringify({ userId, status: registration.status, waitlistPosition: registration.waitlistPosition }));
  } else {
    const { promoted } = cancelRegistration(db, { meetingId, userId });
    console.log(JSON.stringify({ userId, promoted: promoted.map((r) => r.userId) }));
  }
}
sqlite.close();
