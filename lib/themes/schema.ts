import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id } from "../db-columns";

export const themes = sqliteTable("themes", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull().unique(),
  description: text("description"),
  position: integer("position").notNull().default(0),
});
