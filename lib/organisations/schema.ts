import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "../db-columns";

export const ORGANISATION_KINDS = [
  "epci",
  "commune",
  "etat",
  "region",
  "departement",
  "association",
  "gip",
  "autre",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The five departments of Hauts-de-France. */
export const DEPARTMENTS = ["02", "59", "60", "62", "80"] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const GIP_COLLEGES = ["etat", "region", "epci_communes", "personnes_qualifiees"] as const;
export type GipCollege = (typeof GIP_COLLEGES)[number];

export const organisations = sqliteTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull().unique(),
    /** Official code: INSEE code of a commune, SIREN of an EPCI (see lib/organisations/territories.json). */
    code: text("code").unique(),
    shortName: text("short_name"),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    department: text("department", { enum: DEPARTMENTS }),
    city: text("city"),
    gipMember: integer("gip_member", { mode: "boolean" }).notNull().default(false),
    gipCollege: text("gip_college", { enum: GIP_COLLEGES }),
    createdAt: createdAt(),
  },
  (t) => [index("organisations_department_idx").on(t.department)],
);
