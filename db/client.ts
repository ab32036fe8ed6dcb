import "server-only";
import { openDatabase, type Db } from "./open";

/* One connection per server process, kept across hot reloads in development. */
const globalForDb = globalThis as unknown as { irevDb?: Db };

export const db: Db = globalForDb.irevDb ?? openDatabase().db;
globalForDb.irevDb = db;
