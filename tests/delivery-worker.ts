/*
 * Child process of lib/mail/delivery.test.ts, standing for a second server: opens its own connection to the shared
 * database, says "ready", waits for "go" on stdin (so both processes start at once), delivers the outbox over SMTP_URL
 * until it is empty, then prints how many messages it sent.
 * Usage: node --import tsx delivery-worker.ts <database>
 */
import { openDatabase } from "@/db/open";
import { readyThenWaitForGo } from "@/tests/child-process";
import { deliverUntilEmpty } from "./delivery-loop";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("Utilisation : delivery-worker.ts <base>");
  process.exit(2);
}

const { db, sqlite } = openDatabase(file);
await readyThenWaitForGo();
console.log(await deliverUntilEmpty(db));
sqlite.close();
