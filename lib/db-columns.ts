import { integer, text } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

/** Instants are stored as UTC milliseconds; shown in Europe/Paris by lib/time. */
export const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

export const createdAt = () =>
  instant("created_at")
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const updatedAt = () =>
  instant("updated_at")
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)
    .$onUpdate(() => new Date());

/* For instants added to an existing table: SQLite cannot add a column whose default is an expression, so the value comes from here. */
export const stampedNow = (name: string) =>
  instant(name)
    .notNull()
    .$defaultFn(() => new Date());

export const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());
