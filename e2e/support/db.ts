import { openDatabase } from "@/db/open";

/* Fixtures written straight into the database the e2e server runs on, for specs that need volume or exact states. */

export { createUsersWithTokens, insertOpenMeeting, liveRegistrations, type TestUser } from "@/tests/bulk-data";

/** The server's own database: playwright.config.ts points DATABASE_PATH at it for the tests and the server alike. */
export function openE2eDatabase(): ReturnType<typeof openDatabase> {
  const file = process.env.DATABASE_PATH;
  if (!file) throw new Error("DATABASE_PATH n'est pas défini : lancez les tests avec « npx playwright test ».");
  return openDatabase(file);
}
