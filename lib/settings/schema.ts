import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { updatedAt } from "../db-columns";
import { users } from "../people/schema";

/** One row per setting that differs from its default; keys, types and defaults live in lib/settings/registry. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});
