import { integer, sqliteTable, text, primaryKey, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import type { AdapterAccountType } from "next-auth/adapters";
import { createdAt, id, instant, updatedAt } from "../db-columns";
import { organisations } from "../organisations/schema";

export const ROLES = ["pending", "member", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** active: may sign in; refused: sign-up refused by staff; deleted: anonymised account kept for history. */
export const USER_STATUSES = ["active", "refused", "deleted"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Which directory fields the member agreed to show to other members. */
export type DirectoryConsent = { email: boolean; phone: boolean; jobTitle: boolean; organisation: boolean };

export const users = sqliteTable(
  "users",
  {
    id: id(),
    /** Always stored lower-cased; uniqueness is case-insensitive by construction. */
    email: text("email").notNull(),
    /** "Jean Dupont": given then family name, kept by lib/people/names from the two fields below (Auth.js reads it). */
    name: text("name").notNull(),
    givenName: text("given_name").notNull().default(""),
    familyName: text("family_name").notNull().default(""),
    /** Family then given name, lower-cased and without accents: lists sort and search on it the French way. */
    sortName: text("sort_name").notNull().default(""),
    emailVerified: instant("email_verified"),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: text("role", { enum: ROLES }).notNull().default("pending"),
    status: text("status", { enum: USER_STATUSES }).notNull().default("active"),
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    /** "Autre structure": the name typed at sign-up, until staff attach the account to a real organisation. */
    organisationOther: text("organisation_other"),
    jobTitle: text("job_title"),
    phone: text("phone"),
    directoryConsent: text("directory_consent", { mode: "json" })
      .$type<DirectoryConsent>()
      .notNull()
      .default({ email: false, phone: false, jobTitle: true, organisation: true }),
    /** Secret of the personal calendar feed; regenerable from Mon espace. */
    calendarToken: text("calendar_token").notNull().$defaultFn(() => crypto.randomUUID().replaceAll("-", "")),
    /** Carried by every session; replaced when the password changes, which ends the sessions opened before. */
    sessionKey: text("session_key").notNull().default(""),
    approvedAt: instant("approved_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    uniqueIndex("users_calendar_token_unique").on(t.calendarToken),
    index("users_role_idx").on(t.role),
    index("users_sort_name_idx").on(t.sortName),
  ],
);

/* Auth.js adapter tables (names and columns as @auth/drizzle-adapter expects). */
export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable("sessions", {
  sessionToken: text("sessionToken").primaryKey(),
  userId: text("userId")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
});

export const verificationTokens = sqliteTable(
  "verificationTokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** One-time links to choose a new password: only the SHA-256 of the secret is kept. */
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: instant("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);
