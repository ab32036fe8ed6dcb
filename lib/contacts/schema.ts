import { sqliteTable, text, primaryKey } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "../db-columns";
import { organisations } from "../organisations/schema";
import { themes } from "../themes/schema";

/** Directory entries that are not users, e.g. the PLDE referents. */
export const contacts = sqliteTable("contacts", {
  id: id(),
  name: text("name").notNull(),
  function: text("function"),
  organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
  organisationName: text("organisation_name"),
  territory: text("territory"),
  phone: text("phone"),
  email: text("email"),
  createdAt: createdAt(),
});

export const contactThemes = sqliteTable(
  "contact_themes",
  {
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.themeId] })],
);
