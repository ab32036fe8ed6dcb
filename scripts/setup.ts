/* Prepares a machine to run the app: secret, migrations, and the demo content on first run. */
import { openDatabase, defaultDatabasePath } from "../db/open";
import { seedDemo } from "../db/seed";
import { authSecret } from "../lib/auth/secret";

authSecret();
const { db, sqlite } = openDatabase();
const { seeded } = await seedDemo(db);
sqlite.close();
console.log(`Base de données prête : ${defaultDatabasePath()}${seeded ? " (contenu de démonstration créé)" : ""}`);
