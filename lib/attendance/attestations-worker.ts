/*
 * Child process of attestations.test.ts: opens its own connection to the shared database, says "ready", waits for
 * "go", then issues the attestation of each given registration one by one and prints the numbers it got.
 * Usage: node --import tsx attestations-worker.ts <database> <staffId> <meetingId> <registrationId>...
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/open";
import { readyThenWaitForGo } from "@/tests/child-process";
import { issueAttestations } from "./attestations";
import { attestations } from "./schema";

const [file, staffId, meetingId, ...registrationIds] = process.argv.slice(2);
if (!file || !staffId || !meetingId) {
  console.error("Utilisation : attestations-worker.ts <base> <équipe> <rencontre> <inscription>...");
  process.exit(2);
}

const { db, sqlite } = openDatabase(file);
await readyThenWaitForGo();
for (const registrationId of registrationIds) {
  issueAttestations(db, { userId: staffId }, meetingId, { registrationId });
  console.log(db.select({ number: attestations.number }).from(attestations).where(eq(attestations.registrationId, registrationId)).get()!.number);
}
sqlite.close();
