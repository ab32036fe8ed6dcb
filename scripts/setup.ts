/* Prepares a machine to run the app: secret, migrations, and the demo content on first run (unless DEMO_CONTENT=0). */
import { openDatabase, defaultDatabasePath } from "../db/open";
import { seedDemo } from "../db/seed";
import { authSecret } from "../lib/auth/secret";

const withDemoContent = !["0", "false", "non"].includes((process.env.DEMO_CONTENT ?? "").toLowerCase());

authSecret();
const { db, sqlite } = openDatabase();
const { seeded } = withDemoContent ? await seedDemo(db) : { seeded: false };
sqlite.close();
console.log(`Base de données prête : ${defaultDatabasePath()}${seeded ? " (contenu de démonstration créé)" : ""}`);
